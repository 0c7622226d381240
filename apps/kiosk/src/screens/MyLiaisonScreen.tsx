import {
  ANSWER_KIND_NAMES,
  type MyLiaisonView,
  PROBLEM_STATE_NAMES,
  VISIT_FORM_NAMES,
} from '@qinqing/liaison/contracts';
import { validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { useEffect, useState } from 'react';
import { ApiError, type CodeSent, kioskApi } from '../api/kioskApi';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { DIGIT_ROWS, KeyPad } from '../keyboards/KeyPad';
import { CreditCodeStep } from './CreditCodeStep';

/** A new code may be asked for a minute after the last (the server also limits codes per kiosk and enterprise). */
const RESEND_SECONDS = 60;

type Step =
  | { readonly name: 'credit-code' }
  | { readonly name: 'code'; readonly sent: CodeSent }
  | { readonly name: 'shown'; readonly view: MyLiaisonView };

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
 * 我的联系领导: the walk-in proves it is the enterprise (credit code, then the code texted to the phone the
 * enterprise directory holds), then sees the officials who liaise with it and the problems raised at their visits
 * with each one's state and answer.
 */
export const MyLiaisonScreen = ({ onDirty }: { readonly onDirty: (dirty: boolean) => void }) => {
  const { t, local } = useKioskPrefs();
  const [step, setStep] = useState<Step>({ name: 'credit-code' });
  const [creditCode, setCreditCode] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What the code earned, kept so that a failure after it (network, a busy server) is retried without a new code.
  const [proof, setProof] = useState<string | null>(null);
  const [identified, setIdentified] = useState(false);
  const dirty = creditCode !== '' && step.name !== 'shown';
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

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
      setStep({ name: 'shown', view: await kioskApi.myLiaison() });
    });

  return (
    // Focusable: the record scrolls when it is long (large text), and a keyboard must reach it too.
    <section className="screen liaison" aria-labelledby="liaison-title" tabIndex={0}>
      <h1 id="liaison-title">{t('liaisonTitle')}</h1>
      {step.name === 'credit-code' ? (
        <>
          <p className="lead">{t('identifyHint')}</p>
          <CreditCodeStep code={creditCode} onChange={setCreditCode} />
          <Problem error={error} />
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
      ) : null}
      {step.name === 'code' ? (
        <CodeStep
          key={step.sent.expiresAt}
          sent={step.sent}
          code={code}
          onCode={setCode}
          busy={busy}
          error={error}
          onConfirm={() => void confirm(step.sent)}
          onResend={() => void sendCode()}
          hasProof={proof !== null}
          onBack={() => {
            setError(null);
            setStep({ name: 'credit-code' });
          }}
        />
      ) : null}
      {step.name === 'shown' ? <LiaisonRecord view={step.view} /> : null}
    </section>
  );
};

const Problem = ({ error }: { readonly error: string | null }) =>
  error === null ? null : (
    <p className="hint hint--error" role="alert" id="liaison-error">
      {error}
    </p>
  );

const CodeStep = ({
  sent,
  code,
  onCode,
  busy,
  error,
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
      <Problem error={error} />
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

const LiaisonRecord = ({ view }: { readonly view: MyLiaisonView }) => {
  const { t, local } = useKioskPrefs();
  const named = (names: Readonly<Record<string, { zh: string; en: string }>>, key: string) =>
    names[key] === undefined ? key : local(names[key]);
  return (
    <div className="liaison__record">
      <p className="lead liaison__enterprise">{view.enterprise.name ?? view.enterprise.creditCode}</p>
      <h2>{t('officialsTitle')}</h2>
      {view.officials.length === 0 ? (
        <p className="hint">{t('noOfficials')}</p>
      ) : (
        <ul className="liaison__officials">
          {view.officials.map((official) => (
            <li key={`${official.name}-${official.since}`} className="liaison__official">
              <strong className="liaison__name">{official.name}</strong>
              <span>{official.unit === null ? '' : local(official.unit)}</span>
              <dl className="facts">
                <div>
                  <dt>{t('officeChannel')}</dt>
                  <dd>{official.officeChannel ?? t('noOfficeChannel')}</dd>
                </div>
                <div>
                  <dt>{t('pairedSince')}</dt>
                  <dd>{official.since}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('problemsTitle')}</h2>
      {view.problems.length === 0 ? (
        <p className="hint">{t('noProblems')}</p>
      ) : (
        <ol className="liaison__problems">
          {view.problems.map((problem) => (
            <li key={problem.problemId} className="liaison__problem">
              <div className="liaison__problem-head">
                <strong>{problem.title}</strong>
                <span className="status-badge">{named(PROBLEM_STATE_NAMES, problem.state)}</span>
              </div>
              <small>
                {t('visitedOn', {
                  date: problem.visitDate,
                  form: named(VISIT_FORM_NAMES, problem.visitForm),
                })}
              </small>
              <p>{problem.description}</p>
              <p className="liaison__answer">
                <strong>{t('answerLabel')}：</strong>
                {problem.answer === null
                  ? t('awaitingAnswer')
                  : [
                      named(ANSWER_KIND_NAMES, problem.answer.kind),
                      problem.answer.at?.slice(0, 10),
                      problem.answer.text,
                    ]
                      .filter((part) => part !== null && part !== undefined && part !== '')
                      .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};
