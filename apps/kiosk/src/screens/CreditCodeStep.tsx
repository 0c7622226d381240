import { CREDIT_CODE_CHARSET, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { KeyPad } from '../keyboards/KeyPad';

const LETTERS = CREDIT_CODE_CHARSET.replace(/\d/gu, '');
const CODE_ROWS = [
  '1234567890'.split(''),
  LETTERS.slice(0, 7).split(''),
  LETTERS.slice(7, 14).split(''),
  LETTERS.slice(14).split(''),
] as const;
const LENGTH = 18;

/**
 * The credit code on big keys that hold only characters a code can have, checked on every key: the 18 boxes
 * show the character at fault, and the message says in plain words what is wrong (with the expected check
 * character when the 18th does not match).
 */
export const CreditCodeStep = ({
  code,
  onChange,
}: {
  readonly code: string;
  readonly onChange: (code: string) => void;
}) => {
  const { t, local } = useKioskPrefs();
  const validation = validateUnifiedSocialCreditCode(code);
  const typing = !validation.ok && (validation.reason === 'empty' || validation.reason === 'length');
  const faultAt = validation.ok || typing ? null : (validation.position ?? null);
  const message = validation.ok ? t('creditCodeOk') : local(validation.message);
  return (
    <>
      <p className="hint">{t('creditCodeHint')}</p>
      <output
        id="credit-code"
        className="code-boxes"
        aria-label={t('creditCode')}
        data-value={code}
        data-valid={validation.ok}
      >
        {Array.from({ length: LENGTH }, (_, index) => (
          <span
            key={index}
            className={`code-box${faultAt === index + 1 ? ' code-box--fault' : ''}${index === code.length ? ' code-box--next' : ''}`}
          >
            {code[index] ?? ''}
          </span>
        ))}
      </output>
      <p
        id="credit-code-message"
        className={`hint ${validation.ok ? 'hint--ok' : typing ? '' : 'hint--error'}`}
        role={typing || validation.ok ? 'status' : 'alert'}
      >
        {validation.ok ? '✓ ' : typing ? '' : '✗ '}
        {message}
      </p>
      <KeyPad
        label={t('creditCode')}
        rows={CODE_ROWS}
        onKey={(key) => onChange(code.length < LENGTH ? code + key : code)}
        onDelete={() => onChange(code.slice(0, -1))}
        onClear={() => onChange('')}
        wide
      />
    </>
  );
};
