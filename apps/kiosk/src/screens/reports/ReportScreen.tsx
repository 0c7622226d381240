import type { FollowUpView, ReportReceipt } from '@qinqing/service-centre/contracts';
import { useEffect, useRef, useState } from 'react';
import { ApiError, ApiUnreachable, kioskApi } from '../../api/kioskApi';
import { TextShown } from '../../components/TextShown';
import { REPORT_STRINGS, type ReportKey } from '../../i18n/reportStrings';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { DIGIT_ROWS, KeyPad } from '../../keyboards/KeyPad';
import { PinyinKeyboard } from '../../keyboards/PinyinKeyboard';
import { IdentifyEnterprise } from '../IdentifyEnterprise';
import { type ReportDraft, reportApi, type UnitOption } from './reportApi';

const CATEGORIES: readonly [ReportDraft['category'], ReportKey][] = [
  ['extortion', 'reportCatExtortion'],
  ['inaction', 'reportCatInaction'],
  ['collusion', 'reportCatCollusion'],
  ['negative-list', 'reportCatNegativeList'],
  ['other', 'reportCatOther'],
];
/** Crockford base32, as the receipt codes are made: no I, L, O, U. */
const CODE_LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_ROWS = [
  CODE_LETTERS.slice(0, 8).split(''),
  CODE_LETTERS.slice(8, 16).split(''),
  CODE_LETTERS.slice(16, 24).split(''),
  CODE_LETTERS.slice(24).split(''),
] as const;

type Step = 'kind' | 'identify' | 'reporter' | 'category' | 'unit' | 'accused' | 'description' | 'passphrase';

/** The report screens' own words (not in the initial bundle's string table). */
const useReportText = () => {
  const { lang } = useKioskPrefs();
  return (key: ReportKey): string => REPORT_STRINGS[key][lang];
};

const grouped = (code: string) => code.match(/.{1,4}/gu)?.join('-') ?? code;

/**
 * 廉情监督举报: a report by name (after the enterprise is identified) or anonymous (sent without the session's
 * cookies), the receipt code shown big once, and the follow-up with code and passphrase.
 */
export const ReportScreen = ({
  onDirty,
  onDone,
}: {
  readonly onDirty: (dirty: boolean) => void;
  readonly onDone: () => void;
}) => {
  const { t, local } = useKioskPrefs();
  const r = useReportText();
  const [mode, setMode] = useState<'start' | 'file' | 'receipt' | 'follow'>('start');
  const [step, setStep] = useState<Step>('kind');
  const [byName, setByName] = useState(false);
  const [reporterName, setReporterName] = useState('');
  const [draft, setDraft] = useState<ReportDraft>({
    category: 'extortion',
    accused: { name: '', unitId: '', headsUnit: false },
    description: '',
    passphrase: '',
  });
  const [units, setUnits] = useState<readonly UnitOption[]>([]);
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = draft.description !== '' || draft.accused.name !== '' || reporterName !== '';
  useEffect(() => onDirty(dirty && mode === 'file'), [dirty, mode, onDirty]);
  const unitsAsked = useRef(false);
  useEffect(() => {
    // Asked once per visit: a failure shows the network notice rather than asking again on every render.
    if (mode !== 'file' || unitsAsked.current) return;
    unitsAsked.current = true;
    void reportApi.units().then(
      (all) => setUnits(all.filter((u) => u.kind !== 'centre')),
      () => setError(t('networkError')),
    );
  }, [mode, t]);

  const failed = (failure: unknown) => {
    if (failure instanceof ApiUnreachable) setError(t('networkError'));
    else if (failure instanceof ApiError && failure.text !== null) setError(local(failure.text));
    else setError(t('networkError'));
  };
  const steps: readonly Step[] = byName
    ? ['kind', 'identify', 'reporter', 'category', 'unit', 'accused', 'description', 'passphrase']
    : ['kind', 'category', 'unit', 'accused', 'description', 'passphrase'];
  const index = steps.indexOf(step);
  const canGoOn: Record<Step, boolean> = {
    kind: true,
    identify: false,
    reporter: reporterName.trim() !== '',
    category: true,
    unit: draft.accused.unitId !== '',
    accused: draft.accused.name.trim() !== '',
    description: draft.description.trim() !== '',
    passphrase: draft.passphrase.length >= 8,
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = byName
        ? await reportApi.fileByName(draft, reporterName)
        : await reportApi.fileAnonymous(draft);
      setReceipt(answer);
      setMode('receipt');
      onDirty(false);
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };
  const accused = (patch: Partial<ReportDraft['accused']>) =>
    setDraft((d) => ({ ...d, accused: { ...d.accused, ...patch } }));

  if (mode === 'start')
    return (
      <section className="screen report" aria-labelledby="report-title">
        <h1 id="report-title">{r('reportTitle')}</h1>
        <p className="lead">{r('reportOnlyInspectors')}</p>
        <div className="tiles">
          <button type="button" className="tile tile--report" onClick={() => setMode('file')}>
            <span className="tile__title">{r('reportNew')}</span>
          </button>
          <button type="button" className="tile tile--track" onClick={() => setMode('follow')}>
            <span className="tile__title">{r('reportFollowUp')}</span>
          </button>
        </div>
      </section>
    );

  if (mode === 'follow') return <FollowUp />;

  if (mode === 'receipt' && receipt !== null)
    return (
      <section className="screen report report--receipt" aria-labelledby="report-receipt-title">
        <h1 id="report-receipt-title">{r('reportReceiptTitle')}</h1>
        <p className="report__code" id="report-receipt-code">
          {receipt.receiptCode}
        </p>
        <p className="hint hint--error" role="alert">
          {r('reportReceiptWarning')}
        </p>
        {receipt.registeredFrom === 'next-day' ? <p className="lead">{r('reportReceiptNextDay')}</p> : null}
        <div className="actions">
          <button type="button" className="primary" onClick={onDone}>
            {r('reportDone')}
          </button>
        </div>
      </section>
    );

  return (
    <section className={`screen report report--${step}`} aria-labelledby="report-step-title">
      <div className="step-head">
        <p className="step-counter">{t('stepOf', { n: index + 1, total: steps.length })}</p>
        <h1 id="report-step-title">{r('reportTitle')}</h1>
      </div>
      <div className="step-body">
        {step === 'kind' ? (
          <div className="categories" role="radiogroup" aria-label={r('reportKindTitle')}>
            {([false, true] as const).map((named) => (
              <button
                type="button"
                role="radio"
                aria-checked={byName === named}
                key={String(named)}
                className="category"
                onClick={() => setByName(named)}
              >
                <span>{r(named ? 'reportRealName' : 'reportAnonymous')}</span>
                <small>{r(named ? 'reportRealNameHint' : 'reportAnonymousHint')}</small>
              </button>
            ))}
          </div>
        ) : null}
        {step === 'identify' ? (
          <IdentifyEnterprise
            errorId="report-identify-error"
            onDirty={() => undefined}
            onIdentified={() => {
              setStep('reporter');
              return Promise.resolve();
            }}
          />
        ) : null}
        {step === 'reporter' ? (
          <>
            <TextShown id="reporter-name" label={r('reporterName')} value={reporterName} />
            <PinyinKeyboard
              label={r('reporterName')}
              onInsert={(text) => setReporterName((n) => [...(n + text)].slice(0, 40).join(''))}
              onDeleteLast={() => setReporterName((n) => [...n].slice(0, -1).join(''))}
            />
          </>
        ) : null}
        {step === 'category' ? (
          <div className="categories" role="radiogroup" aria-label={r('reportCategory')}>
            {CATEGORIES.map(([category, label]) => (
              <button
                type="button"
                role="radio"
                aria-checked={draft.category === category}
                key={category}
                className="category"
                onClick={() => setDraft((d) => ({ ...d, category }))}
              >
                <span>{r(label)}</span>
              </button>
            ))}
          </div>
        ) : null}
        {step === 'unit' ? (
          <div className="categories" role="radiogroup" aria-label={r('reportUnit')}>
            {units.map((unit) => (
              <button
                type="button"
                role="radio"
                aria-checked={draft.accused.unitId === unit.unitId}
                key={unit.unitId}
                className="category"
                onClick={() => accused({ unitId: unit.unitId })}
              >
                <span>{local(unit.name)}</span>
              </button>
            ))}
          </div>
        ) : null}
        {step === 'accused' ? (
          <>
            <TextShown id="report-accused" label={r('reportAccused')} value={draft.accused.name} />
            <button
              type="button"
              role="switch"
              className="category report__switch"
              aria-checked={draft.accused.headsUnit}
              onClick={() => accused({ headsUnit: !draft.accused.headsUnit })}
            >
              {draft.accused.headsUnit ? '☑ ' : '☐ '}
              {r('reportHeadsUnit')}
            </button>
            <PinyinKeyboard
              label={r('reportAccused')}
              onInsert={(text) => accused({ name: [...(draft.accused.name + text)].slice(0, 40).join('') })}
              onDeleteLast={() => accused({ name: [...draft.accused.name].slice(0, -1).join('') })}
            />
          </>
        ) : null}
        {step === 'description' ? (
          <>
            <p className="hint">{r('reportDescriptionHint')}</p>
            <TextShown
              id="report-description"
              label={r('reportDescription')}
              value={draft.description}
              multiline
            />
            <PinyinKeyboard
              label={r('reportDescription')}
              onInsert={(text) =>
                setDraft((d) => ({ ...d, description: [...(d.description + text)].slice(0, 4000).join('') }))
              }
              onDeleteLast={() =>
                setDraft((d) => ({ ...d, description: [...d.description].slice(0, -1).join('') }))
              }
            />
          </>
        ) : null}
        {step === 'passphrase' ? (
          <>
            <p className="hint">{r('reportPassphraseHint')}</p>
            <TextShown
              id="report-passphrase"
              label={r('reportPassphrase')}
              value={'•'.repeat(draft.passphrase.length)}
            />
            <KeyPad
              label={r('reportPassphrase')}
              rows={DIGIT_ROWS}
              onKey={(digit) =>
                setDraft((d) => ({
                  ...d,
                  passphrase: d.passphrase.length < 12 ? d.passphrase + digit : d.passphrase,
                }))
              }
              onDelete={() => setDraft((d) => ({ ...d, passphrase: d.passphrase.slice(0, -1) }))}
              onClear={() => setDraft((d) => ({ ...d, passphrase: '' }))}
            />
          </>
        ) : null}
        {error === null ? null : (
          <p className="hint hint--error" role="alert" id="report-error">
            {error}
          </p>
        )}
      </div>
      <nav className="step-nav" aria-label={t('stepOf', { n: index + 1, total: steps.length })}>
        {index > 0 ? (
          <button type="button" className="secondary" onClick={() => setStep(steps[index - 1] ?? 'kind')}>
            ← {t('back')}
          </button>
        ) : (
          <span />
        )}
        {step === 'passphrase' ? (
          <button
            type="button"
            className="primary"
            disabled={busy || !canGoOn.passphrase}
            onClick={() => void submit()}
          >
            {r('reportSubmit')}
          </button>
        ) : step === 'identify' ? null : (
          <button
            type="button"
            className="primary"
            disabled={!canGoOn[step]}
            onClick={() => {
              setError(null);
              // By name needs a walk-in session of its own to identify the enterprise; anonymous never opens one.
              if (step === 'kind' && byName) void kioskApi.startWalkIn().catch(() => undefined);
              setStep(steps[index + 1] ?? step);
            }}
          >
            {t('next')} →
          </button>
        )}
      </nav>
    </section>
  );
};

/** 查询举报答复: receipt code and passphrase, then the status, the answers, and more information. */
const FollowUp = () => {
  const { t, local } = useKioskPrefs();
  const r = useReportText();
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [field, setField] = useState<'code' | 'passphrase'>('code');
  const [view, setView] = useState<FollowUpView | null>(null);
  const [more, setMore] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) setError(r('reportNoMatch'));
      else if (failure instanceof ApiError && failure.text !== null) setError(local(failure.text));
      else setError(t('networkError'));
    } finally {
      setBusy(false);
    }
  };
  const statusKey: Record<FollowUpView['status'], ReportKey> = {
    received: 'reportStatusReceived',
    open: 'reportStatusOpen',
    concluded: 'reportStatusConcluded',
  };

  if (view === null)
    return (
      <section className="screen report report--follow" aria-labelledby="report-follow-title">
        <h1 id="report-follow-title">{r('reportFollowUp')}</h1>
        <div className="track__fields">
          <button
            type="button"
            className={`field-button${field === 'code' ? ' field-button--active' : ''}`}
            onClick={() => setField('code')}
            aria-pressed={field === 'code'}
          >
            <span className="field-button__label">{r('reportReceiptCode')}</span>
            <span className="field-button__value" id="report-follow-code">
              {grouped(code)}
            </span>
          </button>
          <button
            type="button"
            className={`field-button field-button--short${field === 'passphrase' ? ' field-button--active' : ''}`}
            onClick={() => setField('passphrase')}
            aria-pressed={field === 'passphrase'}
          >
            <span className="field-button__label">{r('reportPassphrase')}</span>
            <span className="field-button__value">{'•'.repeat(passphrase.length)}</span>
          </button>
        </div>
        {field === 'code' ? (
          <KeyPad
            label={r('reportReceiptCode')}
            rows={CODE_ROWS}
            onKey={(key) => {
              const next = code.length < 20 ? code + key : code;
              setCode(next);
              if (next.length === 20) setField('passphrase');
            }}
            onDelete={() => setCode((c) => c.slice(0, -1))}
            onClear={() => setCode('')}
            wide
          />
        ) : (
          <KeyPad
            label={r('reportPassphrase')}
            rows={DIGIT_ROWS}
            onKey={(digit) => setPassphrase((p) => (p.length < 12 ? p + digit : p))}
            onDelete={() => setPassphrase((p) => p.slice(0, -1))}
            onClear={() => setPassphrase('')}
          />
        )}
        {error === null ? null : (
          <p className="hint hint--error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy || code.length !== 20 || passphrase.length < 8}
            onClick={() => void run(async () => setView(await reportApi.followUp(code, passphrase)))}
          >
            {r('reportQuery')}
          </button>
        </div>
      </section>
    );

  return (
    <section className="screen report report--view" aria-labelledby="report-view-title">
      <h1 id="report-view-title">{r('reportFollowUp')}</h1>
      <p className="lead">
        {r('reportStatus')}：{r(statusKey[view.status])}
      </p>
      <h2>{r('reportAnswers')}</h2>
      {view.answers.length === 0 ? <p>{r('reportNoAnswers')}</p> : null}
      <ul className="report__answers">
        {view.answers.map((answer) => (
          <li key={`${answer.on}-${answer.text}`}>
            <small>{answer.on}</small> {answer.text}
          </li>
        ))}
      </ul>
      {view.status === 'concluded' ? null : (
        <>
          <TextShown id="report-more" label={r('reportAddInformation')} value={more} multiline />
          <PinyinKeyboard
            label={r('reportAddInformation')}
            onInsert={(text) => setMore((m) => [...(m + text)].slice(0, 4000).join(''))}
            onDeleteLast={() => setMore((m) => [...m].slice(0, -1).join(''))}
          />
          {notice === null ? null : (
            <p className="hint hint--ok" role="status">
              {notice}
            </p>
          )}
          {error === null ? null : (
            <p className="hint hint--error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy || more.trim() === ''}
              onClick={() =>
                void run(async () => {
                  await reportApi.addInformation(code, passphrase, more);
                  setMore('');
                  setNotice(r('reportInformationSent'));
                })
              }
            >
              {r('reportAddInformation')}
            </button>
          </div>
        </>
      )}
    </section>
  );
};
