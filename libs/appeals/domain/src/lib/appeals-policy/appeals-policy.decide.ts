import { accept, type Decider, domainError, reject } from '@qinqing/shared/domain-kernel';
import {
  type AppealsPolicy,
  type ClockLimits,
  DEFAULT_APPEALS_POLICY,
  withPolicyDefaults,
} from '../values/clock-policy';
import type { AppealsPolicyEvent } from './appeals-policy.events';

export type ChangeAppealsPolicy = {
  readonly type: 'ChangeAppealsPolicy';
  readonly policy: AppealsPolicy;
  readonly reason: string;
};

export interface AppealsPolicyState {
  readonly policy: AppealsPolicy;
}

export const APPEALS_POLICY_STREAM_ID = 'appeals-policy';

const LIMIT_FIELDS: readonly (keyof ClockLimits)[] = [
  'acceptWithin',
  'replyWithin',
  'resolveWithin',
  'extendedResolveWithin',
  'reportUpWithin',
  'informWithin',
];

/**
 * Windows that must nest (issue 11 item 5): 签收 within the first reply, the reply within the resolution, the
 * resolution within the extended one, and 报出 and 告知 within the resolution — so no clock ends before one it
 * depends on. The hand-off windows are consistent by construction (handOffWindows in clocks.ts).
 */
const WINDOW_ORDER: readonly (readonly [keyof ClockLimits, keyof ClockLimits, string, string])[] = [
  [
    'acceptWithin',
    'replyWithin',
    '首次答复时限不得短于签收时限',
    'The reply limit cannot be shorter than the accept limit',
  ],
  [
    'replyWithin',
    'resolveWithin',
    '办结时限不得短于首次答复时限',
    'The resolution limit cannot be shorter than the reply limit',
  ],
  [
    'resolveWithin',
    'extendedResolveWithin',
    '延期后的办结时限不得短于原办结时限',
    'The extended resolution limit cannot be shorter than the resolution limit',
  ],
  [
    'reportUpWithin',
    'resolveWithin',
    '上报上级时限不得长于办结时限',
    'The report-up limit cannot be longer than the resolution limit',
  ],
  [
    'informWithin',
    'resolveWithin',
    '告知时限不得长于办结时限',
    'The inform limit cannot be longer than the resolution limit',
  ],
];

const invalid = (field: string, zh: string, en: string) =>
  reject(domainError('validation', 'invalid-appeals-policy', { zh, en }, field));

const checkLimits = (limits: Partial<ClockLimits>, path: string) => {
  for (const field of LIMIT_FIELDS) {
    const value = limits[field];
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 120)) {
      return invalid(
        `${path}.${field}`,
        '时限须为1至120之间的整数个工作日',
        'A limit must be a whole number of working days from 1 to 120',
      );
    }
  }
  return null;
};

const decide = (command: ChangeAppealsPolicy) => {
  const { policy } = command;
  if (command.reason.trim() === '')
    return invalid('reason', '请说明修改原因', 'Give the reason for the change');
  const problem =
    checkLimits(policy.defaults, 'defaults') ??
    policy.overrides.map((o, i) => checkLimits(o.limits, `overrides.${i}.limits`)).find((p) => p !== null) ??
    null;
  if (problem !== null) return problem;
  const resolve = (limits: Partial<ClockLimits>) => ({ ...policy.defaults, ...limits });
  for (const [i, limits] of [policy.defaults, ...policy.overrides.map((o) => o.limits)].entries()) {
    const merged = resolve(limits);
    const at = (field: keyof ClockLimits) =>
      i === 0 ? `defaults.${field}` : `overrides.${i - 1}.limits.${field}`;
    const broken = WINDOW_ORDER.find(([shorter, longer]) => merged[shorter] > merged[longer]);
    if (broken !== undefined) {
      const [shorter, longer, zh, en] = broken;
      return invalid(at(longer === 'resolveWithin' && shorter !== 'replyWithin' ? shorter : longer), zh, en);
    }
  }
  if (!(policy.reminderAt > 0 && policy.reminderAt < 1)) {
    return invalid('reminderAt', '提醒点须在0与1之间', 'The reminder point must be between 0 and 1');
  }
  for (const [field, value] of [
    ['sendBackWithin', policy.sendBackWithin],
    ['feedbackWindow', policy.feedbackWindow],
    ['supervisionOrderWithin', policy.supervisionOrderWithin],
    ['callbackWithin', policy.callbackWithin],
    ['rectificationWithin', policy.rectificationWithin],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 60) {
      return invalid(
        field,
        '须为1至60之间的整数个工作日',
        'Must be a whole number of working days from 1 to 60',
      );
    }
  }
  if (!Number.isInteger(policy.maxReopens) || policy.maxReopens < 0 || policy.maxReopens > 5) {
    return invalid('maxReopens', '重新办理次数须为0至5次', 'Reopenings must be from 0 to 5');
  }
  if (
    !Number.isInteger(policy.pauseApprovalAfter) ||
    policy.pauseApprovalAfter < 1 ||
    policy.pauseApprovalAfter > 60
  ) {
    return invalid(
      'pauseApprovalAfter',
      '须为1至60之间的整数个工作日',
      'Must be a whole number of working days from 1 to 60',
    );
  }
  if (
    !Number.isInteger(policy.pauseCapPerRequest) ||
    policy.pauseCapPerRequest < policy.pauseApprovalAfter ||
    policy.pauseCapPerRequest > 120
  ) {
    return invalid(
      'pauseCapPerRequest',
      '暂停累计上限须为整数个工作日，不少于暂停须审批的天数，且不超过120',
      'The cap on paused days must be a whole number, at least the pause length needing approval and at most 120',
    );
  }
  if (!/^(?:[01]\d|2[0-3]):[0-5]\d$/u.test(policy.officeHoursEnd)) {
    return invalid(
      'officeHoursEnd',
      '受理截止时间须为 HH:MM 格式（如 17:30）',
      'End of office hours must be HH:MM, e.g. 17:30',
    );
  }
  if (policy.defaultOwnerUnitId.trim() === '') {
    return invalid('defaultOwnerUnitId', '须指定兜底责任单位', 'A default owner unit is required');
  }
  return accept<AppealsPolicyEvent>({
    type: 'AppealsPolicyChanged',
    data: { policy, reason: command.reason },
  });
};

/** The jurisdiction's request-handling policy, versioned as events; the defaults apply until changed. */
export const appealsPolicyDecider: Decider<ChangeAppealsPolicy, AppealsPolicyEvent, AppealsPolicyState> = {
  initialState: () => ({ policy: DEFAULT_APPEALS_POLICY }),
  evolve: (_state, event) => ({ policy: withPolicyDefaults(event.data.policy) }),
  decide,
};
