import {
  appealDecisionBody,
  callbackBody,
  closeOrderBody,
  duplicateBody,
  escalateBody,
  handOffBody,
  informBody,
  jointMeetingBody,
  pauseBody,
  pauseExtensionBody,
  planOutcomeBody,
  reasonBody,
  rectificationBody,
  rehandlingBody,
  replyBody,
  type RequestDetail,
  resolveBody,
  supervisionNoteBody,
} from '@qinqing/appeals/contracts';
import {
  PAUSE_CAUSE_NAMES,
  PAUSE_CAUSES,
  RATING_NAMES,
  RATINGS,
  SUPERVISION_OUTCOME_NAMES,
  SUPERVISION_OUTCOMES,
} from '@qinqing/appeals/domain';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { api, ApiError } from '../api/apiClient';
import type { OrganisationUnit } from '../api/types';
import { type FieldErrors, validateWith } from '../api/validation';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../components/FormField';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';

type FieldKind = 'text' | 'textarea' | 'date' | 'department' | 'choice';

interface ActionField {
  readonly name: string;
  readonly label: Bilingual;
  readonly kind: FieldKind;
  /** For `choice`: the values offered, in words. */
  readonly options?: readonly { readonly value: string; readonly label: Bilingual }[];
}

interface ActionSpec {
  readonly label: Bilingual;
  readonly path: string;
  readonly schema: z.ZodType | null;
  readonly fields: readonly ActionField[];
  /** Values the console fills in itself, e.g. the open supervision order. */
  readonly preset?: (detail: RequestDetail) => Record<string, string>;
  readonly tone?: 'primary' | 'danger';
}

const openOrderId = (detail: RequestDetail) => ({
  orderId: detail.supervisionOrders.find((o) => o.open)?.orderId ?? '',
});

const reason: ActionField = { name: 'reason', label: { zh: '理由', en: 'Reason' }, kind: 'textarea' };

/** One small form per action the API allows (allowedActions); nothing else is offered. */
const ACTIONS: Readonly<Record<string, ActionSpec>> = {
  accept: { label: { zh: '签收', en: 'Accept' }, path: 'accept', schema: null, fields: [], tone: 'primary' },
  'hand-off': {
    label: { zh: '转办', en: 'Hand off' },
    path: 'hand-off',
    schema: handOffBody,
    fields: [
      { name: 'toDepartmentId', label: { zh: '承办部门', en: 'Department' }, kind: 'department' },
      { name: 'note', label: { zh: '转办说明', en: 'Note' }, kind: 'textarea' },
    ],
  },
  'send-back': {
    label: { zh: '退回', en: 'Send back' },
    path: 'send-back',
    schema: reasonBody,
    fields: [reason],
  },
  reply: {
    label: { zh: '答复企业', en: 'Reply' },
    path: 'reply',
    schema: replyBody,
    fields: [{ name: 'message', label: { zh: '答复内容', en: 'Message' }, kind: 'textarea' }],
  },
  pause: {
    label: { zh: '暂停计时', en: 'Pause the clock' },
    path: 'pause',
    schema: pauseBody,
    fields: [
      {
        name: 'cause',
        label: { zh: '暂停事由', en: 'Cause' },
        kind: 'choice',
        options: PAUSE_CAUSES.map((cause) => ({ value: cause, label: PAUSE_CAUSE_NAMES[cause] })),
      },
      {
        ...reason,
        label: { zh: '具体说明（如所缺材料）', en: 'What exactly is awaited' },
      },
    ],
  },
  'plan-outcome': {
    label: { zh: '登记拟上报上级或拟告知', en: 'Record the outcome to be given' },
    path: 'plan-outcome',
    schema: planOutcomeBody,
    fields: [
      {
        name: 'outcome',
        label: { zh: '拟办理方式', en: 'Outcome' },
        kind: 'choice',
        options: [
          { value: 'report-up', label: { zh: '拟上报上级', en: 'Report up' } },
          { value: 'inform', label: { zh: '拟告知不能办理', en: 'Inform: cannot handle' } },
        ],
      },
      { name: 'note', label: { zh: '说明', en: 'Note' }, kind: 'textarea' },
    ],
  },
  'pause-extension': {
    label: { zh: '批准延长暂停', en: 'Approve a longer pause' },
    path: 'pause/extension',
    schema: pauseExtensionBody,
    fields: [
      {
        name: 'upToWorkingDays',
        label: { zh: '暂停最长（工作日）', en: 'Pause up to (working days)' },
        kind: 'text',
      },
      reason,
    ],
  },
  resume: { label: { zh: '恢复计时', en: 'Resume the clock' }, path: 'resume', schema: null, fields: [] },
  resolve: {
    label: { zh: '办结', en: 'Resolve' },
    path: 'resolve',
    schema: resolveBody,
    fields: [{ name: 'answer', label: { zh: '办理结果', en: 'Answer' }, kind: 'textarea' }],
    tone: 'primary',
  },
  escalate: {
    label: { zh: '上报上级', en: 'Report up' },
    path: 'escalate',
    schema: escalateBody,
    fields: [
      { name: 'upperLevelUnit', label: { zh: '上级单位', en: 'Upper-level unit' }, kind: 'text' },
      { name: 'upperLevelReference', label: { zh: '上报文号', en: 'Upper-level reference' }, kind: 'text' },
      { name: 'note', label: { zh: '说明', en: 'Note' }, kind: 'textarea' },
    ],
  },
  inform: {
    label: { zh: '告知不能办理', en: 'Inform: cannot handle' },
    path: 'inform',
    schema: informBody,
    fields: [
      { name: 'reason', label: { zh: '不能办理的理由', en: 'Reason' }, kind: 'textarea' },
      { name: 'basis', label: { zh: '依据', en: 'Basis' }, kind: 'textarea' },
    ],
  },
  extension: {
    label: { zh: '批准延期', en: 'Approve an extension' },
    path: 'extension',
    schema: reasonBody,
    fields: [reason],
  },
  callback: {
    label: { zh: '回访', en: 'Callback' },
    path: 'callback',
    schema: callbackBody,
    fields: [
      {
        name: 'answer',
        label: { zh: '企业在电话中的评价', en: "The enterprise's answer on the phone" },
        kind: 'choice',
        options: RATINGS.map((r) => ({ value: r, label: RATING_NAMES[r] })),
      },
      { name: 'note', label: { zh: '回访记录', en: 'Callback note' }, kind: 'textarea' },
    ],
  },
  rectification: {
    label: { zh: '报送整改情况', en: 'Report the rectification' },
    path: 'rectification',
    schema: rectificationBody,
    fields: [{ name: 'note', label: { zh: '整改情况', en: 'Rectification' }, kind: 'textarea' }],
  },
  'rating-appeal': {
    label: { zh: '对评价申诉', en: 'Appeal the rating' },
    path: 'rating-appeal',
    schema: reasonBody,
    fields: [{ ...reason, label: { zh: '申诉理由', en: 'Reason for the appeal' } }],
  },
  'rating-appeal-decision': {
    label: { zh: '申诉决定', en: 'Decide the appeal' },
    path: 'rating-appeal/decision',
    schema: appealDecisionBody,
    fields: [
      {
        name: 'upheld',
        label: { zh: '决定', en: 'Decision' },
        kind: 'choice',
        options: [
          { value: 'true', label: { zh: '申诉成立（评价不计入满意率）', en: 'Upheld (rating set aside)' } },
          { value: 'false', label: { zh: '申诉不成立（评价维持）', en: 'Rejected (rating stands)' } },
        ],
      },
      { ...reason, label: { zh: '决定理由', en: 'Reason' } },
    ],
  },
  'rate-exclusion': {
    label: { zh: '核减：不计入解决率', en: 'Exclude from the resolution rate (核减)' },
    path: 'supervision/exclusion',
    schema: reasonBody,
    fields: [{ ...reason, label: { zh: '核减理由', en: 'Reason for the exclusion' } }],
  },
  rehandling: {
    label: { zh: '督办：责令重办', en: 'Supervision: order re-handling' },
    path: 'supervision/rehandling',
    schema: rehandlingBody,
    fields: [{ name: 'instruction', label: { zh: '督办要求', en: 'Instruction' }, kind: 'textarea' }],
    preset: openOrderId,
  },
  'supervision-note': {
    label: { zh: '督办：填写意见', en: 'Supervision: add a note' },
    path: 'supervision/notes',
    schema: supervisionNoteBody,
    fields: [{ name: 'note', label: { zh: '督办意见', en: 'Note' }, kind: 'textarea' }],
    preset: openOrderId,
  },
  'close-supervision': {
    label: { zh: '督办销号', en: 'Supervision: close the order' },
    path: 'supervision/close',
    schema: closeOrderBody,
    fields: [
      {
        name: 'outcome',
        label: { zh: '销号结果', en: 'Outcome' },
        kind: 'choice',
        options: SUPERVISION_OUTCOMES.map((o) => ({ value: o, label: SUPERVISION_OUTCOME_NAMES[o] })),
      },
      { name: 'conclusion', label: { zh: '销号意见', en: 'Conclusion' }, kind: 'textarea' },
    ],
    preset: openOrderId,
    tone: 'primary',
  },
  duplicate: {
    label: { zh: '标记为重复', en: 'Mark as duplicate' },
    path: 'duplicate-of',
    schema: duplicateBody,
    fields: [
      { name: 'originalRequestId', label: { zh: '原诉求编号', en: 'Original request id' }, kind: 'text' },
    ],
  },
  'joint-meeting': {
    label: { zh: '提交联席会议', en: 'Group for a joint meeting' },
    path: 'joint-meetings',
    schema: jointMeetingBody,
    fields: [
      { name: 'meetingId', label: { zh: '联席会议编号', en: 'Meeting id' }, kind: 'text' },
      { name: 'meetingTitle', label: { zh: '联席会议名称', en: 'Meeting title' }, kind: 'text' },
      { name: 'scheduledOn', label: { zh: '会议日期', en: 'Meeting date' }, kind: 'date' },
    ],
  },
};

/** Outcomes whose words appeals publishes for a request raised at a liaison visit or symposium. */
const OUTCOMES = new Set(['resolve', 'escalate', 'inform']);
const LIAISON_CHANNELS = new Set(['liaison-visit', 'joint-meeting']);

/**
 * The actions offered: exactly `allowedActions`. A supervision note is allowed whenever the order can be
 * closed (the API's allowedActions does not list notes; see the report).
 */
const offered = (detail: RequestDetail): string[] => {
  const actions = detail.allowedActions.filter((a) => ACTIONS[a] !== undefined);
  if (detail.allowedActions.includes('close-supervision')) actions.push('supervision-note');
  return actions;
};

const ActionForm = ({
  action,
  spec,
  detail,
  departments,
  onDone,
  onCancel,
}: {
  readonly action: string;
  readonly spec: ActionSpec;
  readonly detail: RequestDetail;
  readonly departments: readonly OrganisationUnit[];
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) => {
  const { t, tr } = useText();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(spec.fields.map((f) => [f.name, f.kind === 'department' ? '' : ''])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...values, ...spec.preset?.(detail) };
    const problems = spec.schema === null ? {} : validateWith(spec.schema, body);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      await api(`/appeals/requests/${encodeURIComponent(detail.requestId)}/${spec.path}`, {
        method: 'POST',
        ...(spec.schema === null ? {} : { body }),
      });
      onDone();
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fieldErrors = Object.fromEntries(
          spec.fields.flatMap((f) => {
            const message = caught.messageFor(f.name);
            return message === null ? [] : [[f.name, message]];
          }),
        );
        setErrors(fieldErrors);
        setFailure(Object.keys(fieldErrors).length > 0 ? null : caught);
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldId = (name: string) => `action-${action}-${name}`;
  return (
    <form
      className="action-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t(spec.label)}
    >
      <h3>{t(spec.label)}</h3>
      {OUTCOMES.has(action) && LIAISON_CHANNELS.has(detail.channel) ? (
        <p className="notice">
          {tr(
            '本诉求若来自领导干部走访或政企座谈会，答复内容将作为公开记录，在走访记录和自助终端上展示：请勿写入个人信息。',
            'If this request was raised at a leading official’s visit or a symposium, the words of this answer are a public record, shown with the visit and on the kiosk: write no personal data.',
          )}
        </p>
      ) : null}
      {spec.fields.length === 0 ? (
        <p>{tr('确认执行此操作？', 'Confirm this action?')}</p>
      ) : (
        spec.fields.map((field) => {
          const common = {
            id: fieldId(field.name),
            label: t(field.label),
            value: values[field.name] ?? '',
            onChange: (value: string) => setValues((v) => ({ ...v, [field.name]: value })),
            error: errors[field.name] ?? null,
            required: true,
          };
          switch (field.kind) {
            case 'textarea':
              return <TextAreaField key={field.name} {...common} />;
            case 'date':
              return <TextField key={field.name} {...common} type="date" />;
            case 'choice':
              return (
                <SelectField
                  key={field.name}
                  {...common}
                  options={[
                    { value: '', label: tr('请选择', 'Choose one') },
                    ...(field.options ?? []).map((o) => ({ value: o.value, label: t(o.label) })),
                  ]}
                />
              );
            case 'department':
              return (
                <SelectField
                  key={field.name}
                  {...common}
                  options={[
                    { value: '', label: tr('请选择部门', 'Choose a department') },
                    ...departments.map((d) => ({ value: d.unitId, label: t(d.name) })),
                  ]}
                />
              );
            default:
              return <TextField key={field.name} {...common} />;
          }
        })
      )}
      <ErrorNotice error={failure} />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={busy}>
          {tr('确认', 'Confirm')}
          {spec.fields.length === 0 ? `：${t(spec.label)}` : ''}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};

/** The actions this person may take on the request now, each opening its small form. */
export const ActionPanel = ({
  detail,
  departments,
  onStarted,
  onChanged,
}: {
  readonly detail: RequestDetail;
  readonly departments: readonly OrganisationUnit[];
  /** A form was opened: the word on the previous action no longer applies. */
  readonly onStarted: () => void;
  readonly onChanged: (done: Bilingual) => void;
}) => {
  const { t, tr } = useText();
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (action: string) => {
    const opening = open !== action;
    setOpen(opening ? action : null);
    if (opening) onStarted();
  };
  const actions = offered(detail);
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{tr('可执行的操作', 'Actions')}</h2>
      {actions.length === 0 ? (
        <p className="muted">
          {tr('当前状态下您没有可执行的操作。', 'There is nothing for you to do on this request now.')}
        </p>
      ) : (
        <div className="action-buttons">
          {actions.map((action) => {
            const spec = ACTIONS[action];
            if (spec === undefined) return null;
            return (
              <button
                key={action}
                type="button"
                className={`button ${spec.tone === 'primary' ? 'button--primary' : ''}`}
                aria-expanded={open === action}
                onClick={() => toggle(action)}
              >
                {t(spec.label)}
              </button>
            );
          })}
        </div>
      )}
      {open === null || ACTIONS[open] === undefined ? null : (
        <ActionForm
          key={open}
          action={open}
          spec={ACTIONS[open]}
          detail={detail}
          departments={departments}
          onCancel={() => setOpen(null)}
          onDone={() => {
            const label = ACTIONS[open]?.label ?? { zh: '', en: '' };
            setOpen(null);
            onChanged({ zh: `${label.zh}：已完成`, en: `${label.en}: done` });
          }}
        />
      )}
    </section>
  );
};
