import type { ReactNode } from 'react';
import { useKioskPrefs } from '../i18n/useKioskPrefs';

/**
 * One step of a kiosk flow: the counter and title, a body that takes the room left (keyboard on the right in
 * landscape when `typing`), a problem no field owns, and back / forward always at the bottom of the screen.
 */
export const StepFrame = ({
  n,
  total,
  title,
  typing = false,
  error,
  onBack,
  primary,
  children,
}: {
  readonly n: number;
  readonly total: number;
  readonly title: string;
  readonly typing?: boolean;
  readonly error: string | null;
  readonly onBack: () => void;
  readonly primary: { readonly label: string; readonly onClick: () => void; readonly disabled?: boolean };
  readonly children: ReactNode;
}) => {
  const { t } = useKioskPrefs();
  return (
    <section className={`screen file${typing ? ' step--typing' : ''}`} aria-labelledby="step-title">
      <div className="step-head">
        <p className="step-counter">{t('stepOf', { n, total })}</p>
        <h1 id="step-title">{title}</h1>
      </div>
      <div className="step-body">{children}</div>
      {error === null ? null : (
        <p className="hint hint--error" role="alert" id="step-error">
          {error}
        </p>
      )}
      <nav className="step-nav" aria-label={t('stepOf', { n, total })}>
        <button type="button" className="secondary" onClick={onBack}>
          ← {t('back')}
        </button>
        <button type="button" className="primary" disabled={primary.disabled} onClick={primary.onClick}>
          {primary.label}
        </button>
      </nav>
    </section>
  );
};
