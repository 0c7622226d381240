import { deciderSpecification } from '@qinqing/shared/testing';
import {
  type CalendarDate,
  createOfficialWorkingDayCalendar,
  parseCalendarDate,
} from '@qinqing/calendar/domain';
import { type ClockKind, DEFAULT_APPEALS_POLICY } from '../../values/clock-policy';
import type { Rating } from '../../values/rating';
import type { RequestActor } from '../../values/request-actor';
import type {
  AcceptRequest,
  AppealsDecisionContext,
  EnterpriseRequestCommand,
  EscalateRequest,
  HandOffRequest,
  InformCannotHandle,
  RateRequest,
  ReopenRequest,
  ResolveRequest,
  SendBackRequest,
  SubmitRequest,
} from '../enterprise-request.commands';
import { decide } from '../enterprise-request.decide';
import { enterpriseRequestDecider } from '../enterprise-request.decider';
import type { EnterpriseRequestEvent } from '../enterprise-request.events';
import {
  type EnterpriseRequestState,
  evolve,
  initialState,
  type SubmittedRequest,
} from '../enterprise-request.state';

/** Shared by the request decider's specs: the official 2025–2026 calendar, the default policy, actors. */

export const calendar = createOfficialWorkingDayCalendar();
export const policy = DEFAULT_APPEALS_POLICY;

export const d = (iso: string): CalendarDate => parseCalendarDate(iso);

/** 10:00 China time on `date`. */
export const at = (date: string): Date => new Date(`${date}T10:00:00+08:00`);

/** The context of a command decided on `date` (China time). */
export const on = (
  date: string,
  overrides: Partial<AppealsDecisionContext> = {},
): AppealsDecisionContext => ({
  now: at(date),
  calendar,
  policy,
  actorConflicts: [],
  ...overrides,
});

export const given = deciderSpecification(enterpriseRequestDecider, on('2025-09-30'));

export const REQUEST_ID = 'req-1';
/** Valid 统一社会信用代码 (check characters per GB 32100 / GB 11714): a Jinjiang firm and a Qingdao one. */
export const FILING_CREDIT_CODE = '91350582MA21111143';
export const OTHER_CREDIT_CODE = '91370200154098768K';
export const CENTRE = 'unit-jinjiang-service-centre';
export const DEPARTMENT = 'dept-industry-it';
export const OTHER_DEPARTMENT = 'dept-natural-resources';
export const DEFAULT_OWNER = policy.defaultOwnerUnitId;

export const filingEnterprise = { kind: 'enterprise', creditCode: FILING_CREDIT_CODE } as const;
export const otherEnterprise = { kind: 'enterprise', creditCode: OTHER_CREDIT_CODE } as const;
export const staff = (unitId: string, staffId = `${unitId}-staff`) =>
  ({ kind: 'unit-staff', unitId, staffId }) as const;
export const supervisor = { kind: 'supervisor', staffId: 'supervisor-1' } as const;
export const scheduler = { kind: 'scheduler' } as const;

export const submit = (overrides: Partial<SubmitRequest> = {}): SubmitRequest => ({
  type: 'SubmitRequest',
  requestId: REQUEST_ID,
  receiptCode: 'RC-7F3K9Q',
  enterprise: { creditCode: FILING_CREDIT_CODE, name: '晋江市某某鞋服有限公司' },
  contact: { name: '陈经理', phone: '13800138000' },
  category: 'land-premises',
  priority: 'normal',
  title: '厂房扩建用地审批进度咨询',
  description: '我司去年提交的厂房扩建用地申请至今未有答复，请协调相关部门告知办理进度。',
  channel: 'kiosk',
  receivingUnitId: CENTRE,
  by: filingEnterprise,
  ...overrides,
});

export const handOff = (toDepartmentId = DEPARTMENT, from = CENTRE): HandOffRequest => ({
  type: 'HandOffRequest',
  toDepartmentId,
  note: '涉及工业用地，转工信部门办理',
  by: staff(from),
});

export const acceptBy = (unitId = DEPARTMENT): AcceptRequest => ({
  type: 'AcceptRequest',
  by: staff(unitId),
});

export const sendBackBy = (unitId = DEPARTMENT, reason = '不属本部门职责'): SendBackRequest => ({
  type: 'SendBackRequest',
  reason,
  by: staff(unitId),
});

export const resolveBy = (unitId = DEPARTMENT): ResolveRequest => ({
  type: 'ResolveRequest',
  answer: '用地审批已办结，批复文件已寄送贵司',
  by: staff(unitId),
});

export const escalateBy = (unitId = DEPARTMENT): EscalateRequest => ({
  type: 'EscalateRequest',
  upperLevelUnit: '泉州市自然资源和规划局',
  upperLevelReference: '晋工信〔2025〕88号',
  note: '用地指标须由市级统筹',
  by: staff(unitId),
});

export const informBy = (unitId = DEPARTMENT): InformCannotHandle => ({
  type: 'InformCannotHandle',
  reason: '该地块属于生态保护红线范围',
  basis: '《中华人民共和国土地管理法》第四条',
  by: staff(unitId),
});

export const rate = (rating: Rating, by: RequestActor = filingEnterprise): RateRequest => ({
  type: 'RateRequest',
  rating,
  comment: '',
  proof: 'kiosk-walk-in',
  by: by as RateRequest['by'],
});

export const reopen = (by: RequestActor = filingEnterprise): ReopenRequest => ({
  type: 'ReopenRequest',
  reason: '答复未解决实际问题',
  proof: 'track-page',
  by: by as ReopenRequest['by'],
});

export const remind = (clock: ClockKind): EnterpriseRequestCommand => ({
  type: 'RecordDeadlineReminder',
  clock,
  by: scheduler,
});

export const missed = (clock: ClockKind): EnterpriseRequestCommand => ({
  type: 'RecordMissedDeadline',
  clock,
  by: scheduler,
});

/** A step of a scripted history: the China-local day it happens and the command. */
export type Step = readonly [date: string, command: EnterpriseRequestCommand];

/**
 * The events a script of commands produces, each decided by the real decider on its day: histories in the specs
 * are always ones the domain can actually reach. Throws on a refused step, naming it.
 */
export const play = (steps: readonly Step[], overrides: Partial<AppealsDecisionContext> = {}) => {
  let state: EnterpriseRequestState = initialState();
  const events: EnterpriseRequestEvent[] = [];
  for (const [date, command] of steps) {
    const decision = decide(command, state, on(date, overrides));
    if (decision.outcome === 'rejected') {
      throw new Error(`${command.type} on ${date} was refused: ${decision.error.code}`);
    }
    events.push(...decision.events);
    state = decision.events.reduce(evolve, state);
  }
  return events;
};

export const stateOf = (events: readonly EnterpriseRequestEvent[]): SubmittedRequest => {
  const state = events.reduce(evolve, initialState());
  if (state.status === 'none') throw new Error('No request in these events');
  return state;
};

/** Submitted on 2025-09-30 (Tue), the eve of 国庆 2025, and accepted by the department the same day. */
export const acceptedOn0930: readonly Step[] = [
  ['2025-09-30', submit()],
  ['2025-09-30', handOff()],
  ['2025-09-30', acceptBy()],
];
