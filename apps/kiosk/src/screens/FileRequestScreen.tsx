import { submitRequestBody, type SubmitRequestBody } from '@qinqing/appeals/contracts';
import { REQUEST_CATEGORIES, REQUEST_CATEGORY_NAMES, type RequestCategory } from '@qinqing/appeals/domain';
import { validateMainlandMobileNumber } from '@qinqing/shared/chinese-ids';
import { startTransition, useEffect, useRef, useState } from 'react';
import { ApiError, ApiUnreachable, kioskApi, type SubmitResponse } from '../api/kioskApi';
import { CategoryIcon } from '../components/CategoryIcon';
import { bilingualPart } from '../i18n/strings';
import { useKioskPrefs } from '../i18n/useKioskPrefs';
import { DIGIT_ROWS, KeyPad } from '../keyboards/KeyPad';
import { PinyinKeyboard } from '../keyboards/PinyinKeyboard';
import { enqueueSubmission } from '../offline/submissionQueue';
import { CreditCodeStep } from './CreditCodeStep';
import { TextShown } from '../components/TextShown';

/** The privacy notice comes before the first personal detail is asked for (PIPL art. 17). */
const STEPS = [
  'code',
  'name',
  'category',
  'description',
  'privacy',
  'contactName',
  'phone',
  'review',
] as const;
type Step = (typeof STEPS)[number];

interface Draft {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly category: RequestCategory | null;
  readonly description: string;
  readonly contactName: string;
  readonly phone: string;
}

const EMPTY: Draft = {
  creditCode: '',
  enterpriseName: '',
  category: null,
  description: '',
  contactName: '',
  phone: '',
};

/** A kiosk visitor writes no title: the first phrase of the description serves (the API needs one). */
const titleFrom = (description: string): string => {
  const first =
    description
      .trim()
      .split(/[，。！？；,.!?;\n]/u)[0]
      ?.trim() ?? '';
  const title = first === '' ? description.trim() : first;
  return [...title].length > 30 ? `${[...title].slice(0, 30).join('')}…` : title;
};

const bodyOf = (draft: Draft): SubmitRequestBody => ({
  enterprise: { creditCode: draft.creditCode, name: draft.enterpriseName.trim() },
  contact: { name: draft.contactName.trim(), phone: draft.phone },
  category: draft.category ?? 'other',
  title: titleFrom(draft.description),
  description: draft.description.trim(),
});

const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? `kiosk-${crypto.randomUUID()}`
    : `kiosk-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

export interface FileRequestScreenProps {
  /** Whether anything has been entered, so ⌂ can ask before throwing it away. */
  readonly onDirty: (dirty: boolean) => void;
  readonly onFiled: (response: SubmitResponse) => void;
  readonly onQueued: (idempotencyKey: string) => void;
}

/** 提交诉求 step by step: one question per screen, big keys, checked as it is typed. */
export const FileRequestScreen = ({ onDirty, onFiled, onQueued }: FileRequestScreenProps) => {
  const { t, lang, local } = useKioskPrefs();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [step, setStep] = useState<Step>('code');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per filled-in form: a double tap or a retry after a lost answer is the same request.
  const idempotencyKey = useRef<string | null>(null);
  const index = STEPS.indexOf(step);
  const dirty = Object.values(draft).some((value) => value !== '' && value !== null);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };
  const fields = submitRequestBody.shape;
  const problemOf = (current: Step): string | null => {
    const check = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
      result.success ? null : bilingualPart(result.error?.issues[0]?.message ?? '', lang);
    switch (current) {
      case 'code':
        return check(fields.enterprise.shape.creditCode.safeParse(draft.creditCode));
      case 'name':
        return check(fields.enterprise.shape.name.safeParse(draft.enterpriseName));
      case 'category':
        return draft.category === null ? t('categoryTitle') : null;
      case 'description':
        return check(fields.description.safeParse(draft.description));
      case 'contactName':
        return check(fields.contact.shape.name.safeParse(draft.contactName));
      case 'phone':
        return check(fields.contact.shape.phone.safeParse(draft.phone));
      case 'privacy':
      case 'review':
        return null;
    }
  };
  // A transition lets React render the next step (a whole keyboard) in slices: the tap never blocks long.
  const go = (to: Step) => {
    setError(null);
    startTransition(() => setStep(to));
  };
  const next = () => {
    const problem = problemOf(step);
    if (problem !== null) return setError(problem);
    const following = STEPS[index + 1];
    if (following !== undefined) go(following);
  };

  const submit = async () => {
    const parsed = submitRequestBody.safeParse(bodyOf(draft));
    if (!parsed.success) return setError(bilingualPart(parsed.error.issues[0]?.message ?? '', lang));
    const body = bodyOf(draft);
    idempotencyKey.current ??= newIdempotencyKey();
    const key = idempotencyKey.current;
    setBusy(true);
    setError(null);
    try {
      let response: SubmitResponse;
      try {
        response = await kioskApi.submit(body, key);
      } catch (failure) {
        // The walk-in session timed out on the server (or never opened): open one and send again.
        if (!(failure instanceof ApiError) || failure.status !== 401) throw failure;
        await kioskApi.startWalkIn();
        response = await kioskApi.submit(body, key);
      }
      onFiled(response);
    } catch (failure) {
      if (failure instanceof ApiUnreachable) {
        await enqueueSubmission({ idempotencyKey: key, body, queuedAt: new Date().toISOString() });
        onQueued(key);
      } else if (failure instanceof ApiError && failure.text !== null) setError(local(failure.text));
      else setError(t('networkError'));
    } finally {
      setBusy(false);
    }
  };

  const titles: Record<Step, string> = {
    code: t('creditCodeTitle'),
    name: t('enterpriseNameTitle'),
    category: t('categoryTitle'),
    description: t('descriptionTitle'),
    privacy: t('privacyTitle'),
    contactName: t('contactName'),
    phone: t('contactPhone'),
    review: t('reviewTitle'),
  };
  const appendTo = (field: 'enterpriseName' | 'description' | 'contactName', max: number) => ({
    onInsert: (text: string) => update({ [field]: [...(draft[field] + text)].slice(0, max).join('') }),
    onDeleteLast: () => update({ [field]: [...draft[field]].slice(0, -1).join('') }),
  });
  const phoneCheck = validateMainlandMobileNumber(draft.phone);

  return (
    <section className={`screen file file--${step}`} aria-labelledby="step-title">
      <div className="step-head">
        <p className="step-counter">{t('stepOf', { n: index + 1, total: STEPS.length })}</p>
        <h1 id="step-title">{titles[step]}</h1>
      </div>
      <div className="step-body">
        {step === 'code' ? (
          <CreditCodeStep code={draft.creditCode} onChange={(creditCode) => update({ creditCode })} />
        ) : null}
        {step === 'name' ? (
          <>
            <TextShown id="enterprise-name" label={t('enterpriseName')} value={draft.enterpriseName} />
            <PinyinKeyboard label={t('enterpriseName')} {...appendTo('enterpriseName', 100)} />
          </>
        ) : null}
        {step === 'category' ? (
          <div className="categories" role="radiogroup" aria-label={t('category')}>
            {REQUEST_CATEGORIES.map((category) => (
              <button
                type="button"
                role="radio"
                aria-checked={draft.category === category}
                key={category}
                className="category"
                onClick={() => update({ category })}
              >
                <CategoryIcon category={category} />
                <span>{local(REQUEST_CATEGORY_NAMES[category])}</span>
              </button>
            ))}
          </div>
        ) : null}
        {step === 'description' ? (
          <>
            <p className="hint">{t('descriptionHint')}</p>
            <TextShown id="description" label={t('description')} value={draft.description} multiline />
            <PinyinKeyboard label={t('description')} {...appendTo('description', 4000)} />
          </>
        ) : null}
        {step === 'privacy' ? (
          <div className="privacy">
            <p className="lead">{t('privacyLead')}</p>
            <dl className="privacy__list">
              <div>
                <dt>{t('privacyPurposeLabel')}</dt>
                <dd>{t('privacyPurpose')}</dd>
              </div>
              <div>
                <dt>{t('privacyWhoLabel')}</dt>
                <dd>{t('privacyWho')}</dd>
              </div>
              <div>
                <dt>{t('privacyKeepLabel')}</dt>
                <dd>{t('privacyKeep')}</dd>
              </div>
            </dl>
            <p className="lead">{t('privacyRights')}</p>
          </div>
        ) : null}
        {step === 'contactName' ? (
          <>
            <TextShown id="contact-name" label={t('contactName')} value={draft.contactName} />
            <PinyinKeyboard label={t('contactName')} {...appendTo('contactName', 100)} />
          </>
        ) : null}
        {step === 'phone' ? (
          <>
            <TextShown id="phone" label={t('contactPhone')} value={draft.phone} />
            <p className={`hint${phoneCheck.ok ? ' hint--ok' : ''}`} role="status">
              {phoneCheck.ok ? '✓' : local(phoneCheck.message)}
            </p>
            <KeyPad
              label={t('contactPhone')}
              rows={DIGIT_ROWS}
              onKey={(digit) =>
                update({ phone: draft.phone.length < 11 ? draft.phone + digit : draft.phone })
              }
              onDelete={() => update({ phone: draft.phone.slice(0, -1) })}
              onClear={() => update({ phone: '' })}
            />
          </>
        ) : null}
        {step === 'review' ? (
          <dl className="review">
            {(
              [
                ['code', t('creditCode'), draft.creditCode],
                ['name', t('enterpriseName'), draft.enterpriseName],
                [
                  'category',
                  t('category'),
                  draft.category === null ? '' : local(REQUEST_CATEGORY_NAMES[draft.category]),
                ],
                ['description', t('description'), draft.description],
                ['contactName', t('contactName'), draft.contactName],
                ['phone', t('contactPhone'), draft.phone],
              ] as const
            ).map(([target, label, value]) => (
              <div className="review__item" key={target}>
                <dt>{label}</dt>
                <dd>{value}</dd>
                <dd className="review__edit">
                  <button type="button" className="secondary" onClick={() => go(target)}>
                    {t('edit')}
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
      {error === null ? null : (
        <p className="hint hint--error" role="alert">
          {error}
        </p>
      )}
      <nav className="step-nav" aria-label={t('stepOf', { n: index + 1, total: STEPS.length })}>
        {index > 0 ? (
          <button type="button" className="secondary" onClick={() => go(STEPS[index - 1] ?? 'code')}>
            ← {t('back')}
          </button>
        ) : (
          <span />
        )}
        {step === 'review' ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
            {busy ? t('submitting') : t('submit')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={next}>
            {t('next')} →
          </button>
        )}
      </nav>
    </section>
  );
};
