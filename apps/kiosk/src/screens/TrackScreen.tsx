import { receiptProofBody, type TrackedRequest } from '@qinqing/appeals/contracts';
import {
  ENTERPRISE_STATUS_NAMES,
  RATING_NAMES,
  RATINGS,
  type Rating,
  type RequestStatus,
} from '@qinqing/appeals/domain';
import { useEffect, useState } from 'react';
import { ApiError, ApiUnreachable, kioskApi } from '../api/kioskApi';
import { bilingualPart } from '../i18n/strings';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { DIGIT_ROWS, KeyPad } from '../keyboards/KeyPad';
import { PinyinKeyboard } from '../keyboards/PinyinKeyboard';

const RECEIPT_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const RECEIPT_ROWS = [
  '23456789'.split(''),
  RECEIPT_LETTERS.slice(0, 8).split(''),
  RECEIPT_LETTERS.slice(8, 16).split(''),
  RECEIPT_LETTERS.slice(16).split(''),
] as const;
/** Mouth curvature per level, drawn (no emoji font needed): a smile for 非常满意 down to a frown. */
const MOUTH: Record<Rating, number> = {
  'very-satisfied': 8,
  satisfied: 4,
  'fairly-satisfied': 0,
  dissatisfied: -4,
  'very-dissatisfied': -8,
};

const Face = ({ rating }: { readonly rating: Rating }) => (
  <svg
    className="rating__face"
    viewBox="0 0 40 40"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    strokeWidth="3"
  >
    <circle cx="20" cy="20" r="17" />
    <circle cx="14" cy="15" r="1.5" fill="currentColor" />
    <circle cx="26" cy="15" r="1.5" fill="currentColor" />
    <path
      d={`M11 ${27 - MOUTH[rating] / 2} Q20 ${27 + MOUTH[rating]} 29 ${27 - MOUTH[rating] / 2}`}
      strokeLinecap="round"
    />
  </svg>
);

const isStatus = (status: string): status is RequestStatus => Object.hasOwn(ENTERPRISE_STATUS_NAMES, status);
const isRating = (rating: string): rating is Rating => Object.hasOwn(RATING_NAMES, rating);

/** 查询进度: receipt code + last four phone digits → status, plain timeline, deadline, answer, rate, reopen. */
export const TrackScreen = ({
  prefilledCode,
  onDirty,
}: {
  readonly prefilledCode: string;
  /** A rating comment or a reopening reason being typed: ⌂ asks before throwing it away. */
  readonly onDirty: (dirty: boolean) => void;
}) => {
  const { t, lang, local } = useKioskPrefs();
  const [code, setCode] = useState(prefilledCode.toUpperCase().replace(/[\s-]/gu, '').slice(0, 12));
  const [digits, setDigits] = useState('');
  const [field, setField] = useState<'code' | 'digits'>(prefilledCode === '' ? 'code' : 'digits');
  const [detail, setDetail] = useState<TrackedRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  // A rating is final: a tap only chooses it; the visitor may add a comment, then confirms.
  const [chosen, setChosen] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const dirty = chosen !== null || reason !== '' || comment !== '';
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const failed = (failure: unknown) => {
    if (failure instanceof ApiUnreachable) setError(t('networkError'));
    else if (failure instanceof ApiError && (failure.status === 404 || failure.status === 401))
      setError(t('notFound'));
    else if (failure instanceof ApiError && failure.text !== null) setError(local(failure.text));
    else setError(t('networkError'));
  };
  const lookUp = async () => {
    const proof = receiptProofBody.safeParse({ receiptCode: code, phoneLast4: digits });
    if (!proof.success) return setError(bilingualPart(proof.error.issues[0]?.message ?? '', lang));
    setBusy(true);
    setError(null);
    try {
      setDetail(await kioskApi.track(proof.data.receiptCode, proof.data.phoneLast4));
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };
  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setNotice(done);
      setReopening(false);
      setReason('');
      setChosen(null);
      setComment('');
      if (detail !== null) setDetail(await kioskApi.track(detail.receiptCode, digits));
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  };

  if (detail === null) {
    return (
      <section className="screen track" aria-labelledby="track-title">
        <h1 id="track-title">{t('trackTitle')}</h1>
        <div className="track__fields">
          <button
            type="button"
            className={`field-button${field === 'code' ? ' field-button--active' : ''}`}
            onClick={() => setField('code')}
            aria-pressed={field === 'code'}
          >
            <span className="field-button__label">
              {t('receiptCode')} <small>({t('receiptCodeHint')})</small>
            </span>
            <span className="field-button__value" id="track-code">
              {code}
            </span>
          </button>
          <button
            type="button"
            className={`field-button field-button--short${field === 'digits' ? ' field-button--active' : ''}`}
            onClick={() => setField('digits')}
            aria-pressed={field === 'digits'}
          >
            <span className="field-button__label">{t('phoneLast4')}</span>
            <span className="field-button__value" id="track-digits">
              {digits}
            </span>
          </button>
        </div>
        {field === 'code' ? (
          <KeyPad
            label={t('receiptCode')}
            rows={RECEIPT_ROWS}
            onKey={(key) => {
              const next = code.length < 12 ? code + key : code;
              setCode(next);
              if (next.length === 12) setField('digits');
            }}
            onDelete={() => setCode((c) => c.slice(0, -1))}
            onClear={() => setCode('')}
            wide
          />
        ) : (
          <KeyPad
            label={t('phoneLast4')}
            rows={DIGIT_ROWS}
            onKey={(digit) => setDigits((d) => (d.length < 4 ? d + digit : d))}
            onDelete={() => setDigits((d) => d.slice(0, -1))}
            onClear={() => setDigits('')}
          />
        )}
        {error === null ? null : (
          <p className="hint hint--error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void lookUp()}>
            {t('query')}
          </button>
        </div>
      </section>
    );
  }

  const running = detail.deadlines.filter(
    (deadline) => deadline.due !== null && (deadline.status === 'running' || deadline.status === 'overdue'),
  );
  const canRate = detail.allowedActions.includes('rate');
  const canReopen = detail.allowedActions.includes('reopen');
  return (
    <section className="screen track track--detail" aria-labelledby="track-title">
      <div className="track__summary">
        <h1 id="track-title">{detail.title}</h1>
        <p className="receipt__label">
          {t('receiptCode')} {detail.receiptCode}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('status')}</dt>
            <dd id="track-status" className="status-badge">
              {isStatus(detail.status) ? local(ENTERPRISE_STATUS_NAMES[detail.status]) : detail.status}
            </dd>
          </div>
          {running.map((deadline) => (
            <div key={deadline.deadline}>
              <dt>{local(deadline.name)}</dt>
              <dd id={`track-due-${deadline.deadline}`}>
                {deadline.due}
                {deadline.workingDaysLeft === null || deadline.workingDaysLeft < 0
                  ? ''
                  : ` · ${t('days', { n: deadline.workingDaysLeft })}`}
                {deadline.provisional ? <span className="tag-provisional">{t('provisional')}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        {running.some((deadline) => deadline.provisional) ? (
          <p className="hint">{t('provisionalNote')}</p>
        ) : null}
        {detail.answer === null ? null : (
          <div className="answer">
            <h2>{t('answer')}</h2>
            <p id="track-answer">{detail.answer.text}</p>
          </div>
        )}
        {notice === null ? null : (
          <p className="hint hint--ok" role="status">
            {notice}
          </p>
        )}
        {detail.rating !== null && isRating(detail.rating) ? (
          <p className="hint" id="track-rating">
            {t('yourRating', { rating: local(RATING_NAMES[detail.rating]) })}
          </p>
        ) : null}
        {canRate ? (
          <div className="rating">
            <h2>{t('rateTitle')}</h2>
            <p className="hint">{t('rateFinal')}</p>
            <div className="rating__buttons">
              {RATINGS.map((rating) => (
                <button
                  type="button"
                  key={rating}
                  className={`rating__button rating__button--${rating}`}
                  disabled={busy}
                  onClick={() => setChosen(rating)}
                >
                  <Face rating={rating} />
                  {local(RATING_NAMES[rating])}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        {canReopen ? (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setReopening(true)}>
              {t('reopen')}
            </button>
          </div>
        ) : null}
        {error === null || chosen !== null || reopening ? null : (
          <p className="hint hint--error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="timeline">
        <h2>{t('timeline')}</h2>
        <ol id="track-timeline">
          {detail.timeline.map((entry) => (
            <li key={`${entry.at}-${entry.type}`}>
              <time dateTime={entry.at}>
                {new Date(entry.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
                  timeZone: 'Asia/Shanghai',
                })}
              </time>
              <span>{local(entry.summary)}</span>
            </li>
          ))}
        </ol>
      </div>
      {canRate && chosen !== null ? (
        <div
          className="dialog dialog--wide rating--confirm"
          role="dialog"
          aria-modal="true"
          aria-labelledby="rating-chosen"
        >
          <div className="dialog__box">
            <h2 id="rating-chosen" className={`rating__chosen rating__button--${chosen}`}>
              <Face rating={chosen} />
              {t('rateChosen', { rating: local(RATING_NAMES[chosen]) })}
            </h2>
            <div className="field">
              <label htmlFor="rating-comment">{t('rateComment')}</label>
              <textarea id="rating-comment" className="field__input" readOnly value={comment} rows={2} />
            </div>
            <PinyinKeyboard
              label={t('rateComment')}
              onInsert={(text) => setComment((c) => [...(c + text)].slice(0, 1000).join(''))}
              onDeleteLast={() => setComment((c) => [...c].slice(0, -1).join(''))}
            />
            <p className="hint hint--error" id="rating-final">
              {t('rateFinal')}
            </p>
            {error === null ? null : (
              <p className="hint hint--error" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="button" className="secondary" disabled={busy} onClick={() => setChosen(null)}>
                {t('rateChange')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  void act(
                    () => kioskApi.rate(detail.requestId, detail.receiptCode, digits, chosen, comment),
                    t('rated'),
                  )
                }
              >
                {t('rateConfirm')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
      {reopening ? (
        <div
          className="dialog dialog--wide reopen"
          role="dialog"
          aria-modal="true"
          aria-labelledby="reopen-title"
        >
          <div className="dialog__box">
            <h2 id="reopen-title">{t('reopen')}</h2>
            <div className="field">
              <label htmlFor="reopen-reason">{t('reopenReason')}</label>
              <textarea id="reopen-reason" className="field__input" readOnly value={reason} rows={2} />
            </div>
            <PinyinKeyboard
              label={t('reopenReason')}
              onInsert={(text) => setReason((r) => r + text)}
              onDeleteLast={() => setReason((r) => [...r].slice(0, -1).join(''))}
            />
            {error === null ? null : (
              <p className="hint hint--error" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => {
                  setReopening(false);
                  setReason('');
                }}
              >
                {t('back')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || reason.trim() === ''}
                onClick={() =>
                  void act(
                    () => kioskApi.reopen(detail.requestId, detail.receiptCode, digits, reason),
                    t('reopened'),
                  )
                }
              >
                {t('reopenSubmit')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
};
