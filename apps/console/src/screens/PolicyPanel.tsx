import { changePolicyBody } from '@qinqing/appeals/contracts';
import {
  type AppealsPolicy,
  type ClockLimits,
  PRIORITIES,
  REQUEST_CATEGORIES,
} from '@qinqing/appeals/domain';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { api, ApiError } from '../api/apiClient';
import { useApiData } from '../api/useApiData';
import { useDepartments } from '../api/useDepartments';
import { type FieldErrors, validateWith } from '../api/validation';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../components/FormField';
import { categoryName, PRIORITY_NAMES } from '../components/names';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';

type PolicyBody = z.input<typeof changePolicyBody>['policy'];
type Limit = keyof ClockLimits;

const LIMITS: readonly (readonly [Limit, Bilingual])[] = [
  ['acceptWithin', { zh: '签收', en: 'Accept' }],
  ['replyWithin', { zh: '首次答复', en: 'Reply' }],
  ['resolveWithin', { zh: '办结', en: 'Resolve' }],
  ['extendedResolveWithin', { zh: '延期后办结', en: 'Resolve (extended)' }],
  ['reportUpWithin', { zh: '上报上级', en: 'Report up' }],
  ['informWithin', { zh: '告知', en: 'Inform' }],
];

/** Numbers are edited as text and sent as numbers; an empty override limit means "use the default". */
type Draft = {
  defaults: Record<Limit, string>;
  overrides: { category: string; priority: string; limits: Partial<Record<Limit, string>> }[];
  sendBackWithin: string;
  reminderAt: string;
  feedbackWindow: string;
  maxReopens: string;
  defaultOwnerUnitId: string;
  pauseApprovalAfter: string;
  pauseCapPerRequest: string;
  officeHoursEnd: string;
  supervisionOrderWithin: string;
  callbackWithin: string;
  rectificationWithin: string;
};

const toDraft = (p: AppealsPolicy): Draft => ({
  defaults: Object.fromEntries(LIMITS.map(([k]) => [k, String(p.defaults[k])])) as Record<Limit, string>,
  overrides: p.overrides.map((o) => ({
    category: o.category,
    priority: o.priority,
    limits: Object.fromEntries(Object.entries(o.limits).map(([k, v]) => [k, String(v)])),
  })),
  sendBackWithin: String(p.sendBackWithin),
  reminderAt: String(p.reminderAt),
  feedbackWindow: String(p.feedbackWindow),
  maxReopens: String(p.maxReopens),
  defaultOwnerUnitId: p.defaultOwnerUnitId,
  pauseApprovalAfter: String(p.pauseApprovalAfter),
  pauseCapPerRequest: String(p.pauseCapPerRequest),
  officeHoursEnd: p.officeHoursEnd,
  supervisionOrderWithin: String(p.supervisionOrderWithin),
  callbackWithin: String(p.callbackWithin),
  rectificationWithin: String(p.rectificationWithin),
});

const num = (s: string): number | string => (s.trim() === '' || Number.isNaN(Number(s)) ? s : Number(s));

const toBody = (d: Draft) =>
  ({
    defaults: Object.fromEntries(LIMITS.map(([k]) => [k, num(d.defaults[k])])),
    overrides: d.overrides.map((o) => ({
      category: o.category,
      priority: o.priority,
      limits: Object.fromEntries(
        Object.entries(o.limits)
          .filter(([, v]) => v !== undefined && v.trim() !== '')
          .map(([k, v]) => [k, num(v ?? '')]),
      ),
    })),
    sendBackWithin: num(d.sendBackWithin),
    reminderAt: num(d.reminderAt),
    feedbackWindow: num(d.feedbackWindow),
    maxReopens: num(d.maxReopens),
    defaultOwnerUnitId: d.defaultOwnerUnitId,
    pauseApprovalAfter: num(d.pauseApprovalAfter),
    pauseCapPerRequest: num(d.pauseCapPerRequest),
    officeHoursEnd: d.officeHoursEnd,
    supervisionOrderWithin: num(d.supervisionOrderWithin),
    callbackWithin: num(d.callbackWithin),
    rectificationWithin: num(d.rectificationWithin),
  }) as unknown as PolicyBody;

/** The clock parameters (defaults and per category + priority overrides), changed with a reason. */
export const PolicyPanel = () => {
  const { tr } = useText();
  const { data, reload } = useApiData<AppealsPolicy>('/appeals/policy');
  // Kept here: the form starts afresh with the saved policy and would forget it.
  const [saved, setSaved] = useState(false);
  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') return <ErrorNotice error={data.error} />;
  // A new policy from the server starts a fresh form.
  return (
    <PolicyForm
      key={JSON.stringify(data.data)}
      policy={data.data}
      saved={saved}
      onSaved={(done) => {
        setSaved(done);
        if (done) reload();
      }}
    />
  );
};

const PolicyForm = ({
  policy,
  saved,
  onSaved,
}: {
  readonly policy: AppealsPolicy;
  readonly saved: boolean;
  readonly onSaved: (done: boolean) => void;
}) => {
  const { t, tr } = useText();
  const departments = useDepartments();
  const [draft, setDraft] = useState<Draft>(() => toDraft(policy));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { reason, policy: toBody(draft) };
    const problems = validateWith(changePolicyBody, body);
    setErrors(problems);
    setFailure(null);
    onSaved(false);
    if (Object.keys(problems).length > 0) return;
    try {
      await api('/appeals/policy', { method: 'PUT', body });
      onSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fieldErrors: Record<string, Bilingual> = {};
        for (const p of caught.problem.fields ?? []) fieldErrors[p.field] = p.message;
        if (caught.problem.field !== undefined) fieldErrors[caught.problem.field] = caught.problem.message;
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setFailure(caught);
      }
    }
  };

  const err = (path: string): Bilingual | null => errors[path] ?? null;
  const update = (change: (d: Draft) => Draft) => setDraft(change);
  const numberField = (
    id: string,
    label: string,
    value: string,
    path: string,
    onChange: (v: string) => void,
  ) => (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      error={err(path)}
      inputMode="numeric"
    />
  );

  return (
    <section className="panel" aria-labelledby="policy-heading">
      <h2 id="policy-heading">{tr('办理时限参数（工作日）', 'Clock parameters (working days)')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset>
          <legend>{tr('默认时限', 'Defaults')}</legend>
          <div className="limits-row">
            {LIMITS.map(([key, label]) =>
              numberField(
                `policy-default-${key}`,
                t(label),
                draft.defaults[key],
                `policy.defaults.${key}`,
                (v) => update((d) => ({ ...d, defaults: { ...d.defaults, [key]: v } })),
              ),
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{tr('按类别和优先级调整', 'Overrides per category and priority')}</legend>
          {draft.overrides.length === 0 ? <p className="muted">{tr('暂无调整。', 'No overrides.')}</p> : null}
          {draft.overrides.map((override, index) => (
            <div className="override" key={index}>
              <SelectField
                id={`override-${index}-category`}
                label={tr('类别', 'Category')}
                value={override.category}
                error={err(`policy.overrides.${index}.category`)}
                onChange={(v) =>
                  update((d) => ({
                    ...d,
                    overrides: d.overrides.map((o, i) => (i === index ? { ...o, category: v } : o)),
                  }))
                }
                options={REQUEST_CATEGORIES.map((c) => ({ value: c, label: t(categoryName(c)) }))}
              />
              <SelectField
                id={`override-${index}-priority`}
                label={tr('优先级', 'Priority')}
                value={override.priority}
                onChange={(v) =>
                  update((d) => ({
                    ...d,
                    overrides: d.overrides.map((o, i) => (i === index ? { ...o, priority: v } : o)),
                  }))
                }
                options={PRIORITIES.map((p) => ({ value: p, label: t(PRIORITY_NAMES[p]) }))}
              />
              {LIMITS.map(([key, label]) =>
                numberField(
                  `override-${index}-${key}`,
                  t(label),
                  override.limits[key] ?? '',
                  `policy.overrides.${index}.limits.${key}`,
                  (v) =>
                    update((d) => ({
                      ...d,
                      overrides: d.overrides.map((o, i) =>
                        i === index ? { ...o, limits: { ...o.limits, [key]: v } } : o,
                      ),
                    })),
                ),
              )}
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  update((d) => ({ ...d, overrides: d.overrides.filter((_, i) => i !== index) }))
                }
              >
                {tr(`删除第${index + 1}条调整`, `Remove override ${index + 1}`)}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              update((d) => ({
                ...d,
                overrides: [...d.overrides, { category: 'policy', priority: 'urgent', limits: {} }],
              }))
            }
          >
            {tr('新增调整', 'Add an override')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{tr('其他参数', 'Other parameters')}</legend>
          <div className="limits-row">
            {numberField(
              'policy-sendBackWithin',
              tr('退回期限', 'Send back within'),
              draft.sendBackWithin,
              'policy.sendBackWithin',
              (v) => update((d) => ({ ...d, sendBackWithin: v })),
            )}
            {numberField(
              'policy-reminderAt',
              tr('临期预警比例（0–1）', 'Reminder at (0–1)'),
              draft.reminderAt,
              'policy.reminderAt',
              (v) => update((d) => ({ ...d, reminderAt: v })),
            )}
            {numberField(
              'policy-feedbackWindow',
              tr('评价期限', 'Feedback window'),
              draft.feedbackWindow,
              'policy.feedbackWindow',
              (v) => update((d) => ({ ...d, feedbackWindow: v })),
            )}
            {numberField(
              'policy-maxReopens',
              tr('最多重新办理次数', 'Max reopens'),
              draft.maxReopens,
              'policy.maxReopens',
              (v) => update((d) => ({ ...d, maxReopens: v })),
            )}
            {numberField(
              'policy-pauseApprovalAfter',
              tr('暂停超过此工作日数须督查批准', 'Pause days before approval is needed'),
              draft.pauseApprovalAfter,
              'policy.pauseApprovalAfter',
              (v) => update((d) => ({ ...d, pauseApprovalAfter: v })),
            )}
            {numberField(
              'policy-pauseCapPerRequest',
              tr('每件诉求累计暂停上限（工作日）', 'Cap on paused working days per request'),
              draft.pauseCapPerRequest,
              'policy.pauseCapPerRequest',
              (v) => update((d) => ({ ...d, pauseCapPerRequest: v })),
            )}
            {numberField(
              'policy-supervisionOrderWithin',
              tr(
                '督办办理时限（工作日，逾期升级）',
                'Supervision order limit (working days, then escalated)',
              ),
              draft.supervisionOrderWithin,
              'policy.supervisionOrderWithin',
              (v) => update((d) => ({ ...d, supervisionOrderWithin: v })),
            )}
            {numberField(
              'policy-callbackWithin',
              tr('差评回访时限（工作日）', 'Callback after a poor rating (working days)'),
              draft.callbackWithin,
              'policy.callbackWithin',
              (v) => update((d) => ({ ...d, callbackWithin: v })),
            )}
            {numberField(
              'policy-rectificationWithin',
              tr('差评整改时限（工作日）', 'Rectification after a poor rating (working days)'),
              draft.rectificationWithin,
              'policy.rectificationWithin',
              (v) => update((d) => ({ ...d, rectificationWithin: v })),
            )}
            <TextField
              id="policy-officeHoursEnd"
              label={tr(
                '受理截止时间（此后提交的顺延至下一工作日受理）',
                'End of office hours (later filings count from the next working day)',
              )}
              value={draft.officeHoursEnd}
              error={err('policy.officeHoursEnd')}
              onChange={(v) => update((d) => ({ ...d, officeHoursEnd: v }))}
            />
            <SelectField
              id="policy-defaultOwnerUnitId"
              label={tr('兜底责任单位（无部门签收时负责）', 'Default owner of unclaimed requests')}
              value={draft.defaultOwnerUnitId}
              error={err('policy.defaultOwnerUnitId')}
              onChange={(v) => update((d) => ({ ...d, defaultOwnerUnitId: v }))}
              options={departments.map((d) => ({ value: d.unitId, label: t(d.name) }))}
            />
          </div>
        </fieldset>
        <TextAreaField
          id="policy-reason"
          label={tr('修改原因', 'Reason for the change')}
          value={reason}
          onChange={setReason}
          error={err('reason')}
          required
        />
        <ErrorNotice error={failure} />
        {saved ? (
          <p className="notice notice--ok" role="status">
            {tr(
              '已保存，自现在起提交的诉求适用新参数。',
              'Saved: requests submitted from now on use these parameters.',
            )}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          {tr('保存参数', 'Save the parameters')}
        </button>
      </form>
    </section>
  );
};
