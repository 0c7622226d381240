import { validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { useEffect, useState } from 'react';
import { ApiError, type CodeSent, kioskApi } from '../api/kioskApi';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { DIGIT_ROWS, KeyPad } from '../keyboards/KeyPad';
import { CreditCodeStep } from './CreditCodeStep';

/** A new code may be asked for a minute after the last (the server also limits codes per kiosk and enterprise). */
const RESEND_SECONDS = 60;

type Step = { readonly name: 'credit-code' } | { readonly name: 'code'; readonly sent: CodeSent };

/** Seconds left until `seconds` after the component mounted (remount it, with a key, to start again). */
const useCountdown = (seconds: number): number => {
  const [until] = useState(() => Date.now() + seconds * 1_000);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((until - now) / 1_000));
};

/**
 * Identifying the walk-in as an enterprise: its credit code, then the code texted to the phone the enterprise
 * directory holds. `onIdentified` loads what the screen shows; a failure in it is shown here and retried with
 * the proof the code earned, without a new code. 我的联系领导 and 我的企业信用 both start with it.
 */
export const IdentifyEnterprise = ({
  onIdentified,
  onDirty,
  errorId,
}: {
  readonly onIdentified: () => Promise<void>;
  readonly onDirty: (dirty: boolean) => void;
  /** The id of the line that says what went wrong (tests and screen readers find it). */
  readonly errorId: string;
}) => {
  const { t, local } = useKioskPrefs();
  const [step, setStep] = useState<Step>({ name: 'credit-code' });
  const [creditCode, setCreditCode] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What the code earned, kept so that a failure after it (network, a busy server) is retried without a new code.
  const [proof, setProof] = useState<string | null>(null);
  const [identified, setIdentified] = useState(false);
  useEffect(() => onDirty(creditCode !== ''), [creditCode, onDirty]);
  // Once identified the screen shows the enterprise's own record: nothing typed is left to lose.
  useEffect(() => () => onDirty(false), [onDirty]);

  const failed = (failure: unknown) =>
    setError(failure instanceof ApiError && failure.text !== null ? local(failure.text) : t('networkError'));
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };
  const ask = async (): Promise<CodeSent> => {
    try {
      return await kioskApi.askIdentificationCode(creditCode);
    } catch (failure) {
      // The walk-in session did not open (or ended): open one and ask again, once.
      if (!(failure instanceof ApiError) || (failure.status !== 401 && failure.status !== 403)) throw failure;
      await kioskApi.startWalkIn();
      return kioskApi.askIdentificationCode(creditCode);
    }
  };
  const sendCode = () =>
    run(async () => {
      const sent = await ask();
      setCode('');
      setProof(null);
      setStep({ name: 'code', sent });
    });
  const confirm = (sent: CodeSent) =>
    run(async () => {
      const earned = proof ?? (await kioskApi.verifyIdentificationCode(sent.creditCode, code));
      setProof(earned);
      if (!identified) {
        await kioskApi.identify(earned);
        setIdentified(true);
      }
      await onIdentified();
    });

  return step.name === 'credit-code' ? (
    <>
      <p className="lead">{t('identifyHint')}</p>
      <CreditCodeStep code={creditCode} onChange={setCreditCode} />
      <Problem id={errorId} error={error} />
      <div className="actions">
        <button
          type="button"
          className="primary"
          id="send-code"
          disabled={busy || !validateUnifiedSocialCreditCode(creditCode).ok}
          onClick={() => void sendCode()}
        >
          {busy ? t('sendingCode') : t('sendCode')}
        </button>
      </div>
    </>
  ) : (
    <CodeStep
      key={step.sent.expiresAt}
      sent={step.sent}
      code={code}
      onCode={setCode}
      busy={busy}
      error={error}
      errorId={errorId}
      onConfirm={() => void confirm(step.sent)}
      onResend={() => void sendCode()}
      hasProof={proof !== null}
      onBack={() => {
        setError(null);
        setStep({ name: 'credit-code' });
      }}
    />
  );
};

const Problem = ({ id, error }: { readonly id: string; readonly error: string | null }) =>
  error === null ? null : (
    <p className="hint hint--error" role="alert" id={id}>
      {error}
    </p>
  );

const CodeStep = ({
  sent,
  code,
  onCode,
  busy,
  error,
  errorId,
  onConfirm,
  onResend,
  onBack,
  hasProof,
}: {
  readonly sent: CodeSent;
  readonly code: string;
  readonly onCode: (code: string) => void;
  readonly busy: boolean;
  readonly error: string | null;
  readonly errorId: string;
  readonly onConfirm: () => void;
  readonly onResend: () => void;
  readonly onBack: () => void;
  /** The code was accepted already; confirming again retries what failed after it. */
  readonly hasProof: boolean;
}) => {
  const { t } = useKioskPrefs();
  const resendIn = useCountdown(RESEND_SECONDS);
  return (
    <>
      <p className="lead liaison__enterprise">{sent.name}</p>
      <p className="hint" id="code-sent-to">
        {t('codeSentTo', { phone: sent.sentTo })}
      </p>
      <output
        id="sms-code"
        className="code-boxes code-boxes--short"
        aria-label={t('smsCode')}
        data-value={code}
      >
        {Array.from({ length: sent.codeLength }, (_, index) => (
          <span key={index} className={`code-box${index === code.length ? ' code-box--next' : ''}`}>
            {code[index] ?? ''}
          </span>
        ))}
      </output>
      <KeyPad
        label={t('smsCode')}
        rows={DIGIT_ROWS}
        onKey={(digit) => onCode(code.length < sent.codeLength ? code + digit : code)}
        onDelete={() => onCode(code.slice(0, -1))}
        onClear={() => onCode('')}
      />
      <Problem id={errorId} error={error} />
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('back')}
        </button>
        <button type="button" className="secondary" disabled={busy || resendIn > 0} onClick={onResend}>
          {resendIn > 0 ? t('resendIn', { s: resendIn }) : t('resend')}
        </button>
        <button
          type="button"
          className="primary"
          id="confirm-code"
          disabled={busy || (code.length !== sent.codeLength && !hasProof)}
          onClick={onConfirm}
        >
          {t('confirmCode')}
        </button>
      </div>
    </>
  );
};
