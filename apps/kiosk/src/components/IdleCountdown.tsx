import { useKioskPrefs } from '../i18n/useKioskPrefs';

/** The last seconds before the kiosk forgets this visitor, with a big way to stay. */
export const IdleCountdown = ({
  seconds,
  onStillHere,
}: {
  readonly seconds: number;
  readonly onStillHere: () => void;
}) => {
  const { t } = useKioskPrefs();
  return (
    <div className="idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-text">
      <div className="idle__box">
        <p className="idle__seconds" aria-hidden="true">
          {seconds}
        </p>
        <p id="idle-text">{t('idleWarning', { s: seconds })}</p>
        <button type="button" className="primary" onClick={onStillHere}>
          {t('stillHere')}
        </button>
      </div>
    </div>
  );
};
