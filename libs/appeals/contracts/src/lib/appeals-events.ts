import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { APPEALS_SOURCE, APPEALS_TOPIC } from './appeals-topic';
import {
  calendarDateSchema,
  clockKindSchema,
  instantSchema,
  ratingSchema,
  requestCategorySchema,
  requestChannelSchema,
  requestRefSchema,
} from './common.schema';

/**
 * The words the enterprise was given (办结 the answer, 报出 the note, 告知 the reason with its basis), published
 * only for a request raised at a liaison visit or symposium: what a leading official or a symposium promised an
 * enterprise is a public record (the visit and the kiosk show it). Every other request's answer stays private.
 */
const answerText = z.string().min(1).optional();

const define = <Type extends string, Schema extends z.ZodType>(type: Type, schema: Schema) =>
  defineIntegrationEvent({ type, version: 1, topic: APPEALS_TOPIC, source: APPEALS_SOURCE, schema });

export const RequestSubmittedV1 = define(
  'cn.qinqing.appeals.request.submitted.v1',
  requestRefSchema.extend({
    /** 统一社会信用代码 of the filing enterprise: public business registration data. */
    enterpriseCreditCode: z.string().length(18),
    enterpriseName: z.string(),
    category: requestCategorySchema,
    channel: requestChannelSchema,
    receivingUnitId: z.string(),
    submittedAt: instantSchema,
    resolveDue: calendarDateSchema,
  }),
);

export const RequestHandedOffV1 = define(
  'cn.qinqing.appeals.request.handed-off.v1',
  requestRefSchema.extend({
    fromUnitId: z.string(),
    toDepartmentId: z.string(),
    handedOffOn: calendarDateSchema,
  }),
);

export const RequestAcceptedV1 = define(
  'cn.qinqing.appeals.request.accepted.v1',
  requestRefSchema.extend({ departmentId: z.string(), acceptedAt: instantSchema }),
);

export const RequestSentBackV1 = define(
  'cn.qinqing.appeals.request.sent-back.v1',
  requestRefSchema.extend({ departmentId: z.string(), reason: z.string(), sentBackOn: calendarDateSchema }),
);

export const RequestPausedV1 = define(
  'cn.qinqing.appeals.request.paused.v1',
  requestRefSchema.extend({ pausedOn: calendarDateSchema }),
);

export const RequestResumedV1 = define(
  'cn.qinqing.appeals.request.resumed.v1',
  requestRefSchema.extend({ resumedOn: calendarDateSchema, pausedWorkingDays: z.number().int().min(0) }),
);

export const RequestEscalatedV1 = define(
  'cn.qinqing.appeals.request.escalated.v1',
  requestRefSchema.extend({
    departmentId: z.string(),
    upperLevelUnit: z.string(),
    upperLevelReference: z.string(),
    escalatedAt: instantSchema,
    onTime: z.boolean(),
    answerText,
  }),
);

export const RequestInformedV1 = define(
  'cn.qinqing.appeals.request.informed.v1',
  requestRefSchema.extend({
    departmentId: z.string(),
    informedAt: instantSchema,
    onTime: z.boolean(),
    answerText,
  }),
);

export const RequestResolvedV1 = define(
  'cn.qinqing.appeals.request.resolved.v1',
  requestRefSchema.extend({
    departmentId: z.string(),
    resolvedAt: instantSchema,
    onTime: z.boolean(),
    answerText,
  }),
);

export const RequestOverdueV1 = define(
  'cn.qinqing.appeals.request.overdue.v1',
  requestRefSchema.extend({
    clock: clockKindSchema,
    due: calendarDateSchema,
    detectedOn: calendarDateSchema,
  }),
);

export const RequestSupervisedV1 = define(
  'cn.qinqing.appeals.request.supervised.v1',
  requestRefSchema.extend({
    orderId: z.string(),
    action: z.enum(['issued', 'rehandling-ordered', 'escalated', 'closed']),
    clock: clockKindSchema.optional(),
    /** When the department must act on the order (issued, escalated). */
    due: calendarDateSchema.optional(),
    /** 1: 效能督查办 with 党政办督查室; 2: escalated to 党工委、管委会 (Hengkou 二(三)). */
    level: z.number().int().min(1).max(2).optional(),
    /** How a closed order ended: 整改完成 (rectified) or 问责建议 (accountability). */
    outcome: z.enum(['rectified', 'accountability']).optional(),
  }),
);

export const RequestRatedV1 = define(
  'cn.qinqing.appeals.request.rated.v1',
  requestRefSchema.extend({ rating: ratingSchema, ratedOn: calendarDateSchema }),
);

/**
 * The resolve date published with `submitted` (or a later one) was computed through a year whose holiday notice
 * is not loaded, from the statutory festivals only (暂定); a `resolve-due-rederived` follows once it is loaded.
 */
export const RequestResolveDueProvisionalV1 = define(
  'cn.qinqing.appeals.request.resolve-due-provisional.v1',
  requestRefSchema.extend({
    resolveDue: calendarDateSchema,
    /** Years whose holiday notice the date waits for. */
    provisionalYears: z.array(z.number().int()).min(1),
  }),
);

/** A holiday notice was loaded and the resolve date computed again: old date, new date, and the notices. */
export const RequestResolveDueRederivedV1 = define(
  'cn.qinqing.appeals.request.resolve-due-rederived.v1',
  requestRefSchema.extend({
    previousResolveDue: calendarDateSchema,
    resolveDue: calendarDateSchema,
    /** Still provisional through these years (usually none). */
    provisionalYears: z.array(z.number().int()),
    notices: z.array(z.object({ year: z.number().int(), documentNumber: z.string() })).min(1),
    rederivedOn: calendarDateSchema,
  }),
);

export const RequestReopenedV1 = define(
  'cn.qinqing.appeals.request.reopened.v1',
  requestRefSchema.extend({ reopenedOn: calendarDateSchema, reopenCount: z.number().int().min(1) }),
);

/** What a member of staff did to a request: handling, supervision, and the approvals a supervisor gives. */
export const STAFF_ACTIONS = [
  'submitted',
  'handed-off',
  'accepted',
  'sent-back',
  'replied',
  'paused',
  'resumed',
  'outcome-planned',
  'resolved',
  'escalated',
  'informed',
  'marked-duplicate',
  'grouped-for-meeting',
  'meeting-outcome-recorded',
  'rectification-reported',
  'rating-appealed',
  'rehandling-ordered',
  'supervision-note-added',
  'supervision-order-closed',
  'callback-recorded',
  'pause-extension-approved',
  'extension-approved',
  'rate-exclusion-approved',
  'rating-appeal-upheld',
  'rating-appeal-rejected',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/**
 * The approvals among them: a supervisor letting a pause stop the clocks longer (暂停超期审批), extending the
 * resolve limit (延期), taking an answer out of the resolution rate (核减), and deciding a department's appeal
 * against a rating (申诉) either way.
 */
export const STAFF_APPROVAL_ACTIONS = [
  'pause-extension-approved',
  'extension-approved',
  'rate-exclusion-approved',
  'rating-appeal-upheld',
  'rating-appeal-rejected',
] as const satisfies readonly StaffAction[];

/**
 * A member of staff acted on a request: an oversight event, published beside the request's own events (which
 * name departments, never people) for the discipline inspector's flagged review of an official under report
 * (service centre, docs/service-centre.md). It carries the staff **account id** only — pseudonymous, the id the
 * event log records for every command — never a name, a phone, the enterprise's contact, a reason or an answer;
 * the enterprise is on `submitted` under the same key. Only acts of staff leave: the enterprise's own (rating,
 * reopening) and the scheduler's (reminders, overdue, 督办 raised by time) do not. Anyone reading the appeals
 * topic can tie requests to accounts with it: the topic is the platform's, not the public's.
 */
export const RequestStaffActedV1 = define(
  'cn.qinqing.appeals.request.staff-acted.v1',
  requestRefSchema.extend({
    accountId: z.string().min(1),
    action: z.enum(STAFF_ACTIONS),
    actedAt: instantSchema,
  }),
);

/** The public events of the appeals context, for consumers that route by CloudEvents type. */
export const APPEALS_PUBLIC_EVENTS = [
  RequestSubmittedV1,
  RequestHandedOffV1,
  RequestAcceptedV1,
  RequestSentBackV1,
  RequestPausedV1,
  RequestResumedV1,
  RequestEscalatedV1,
  RequestInformedV1,
  RequestResolvedV1,
  RequestOverdueV1,
  RequestSupervisedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolveDueProvisionalV1,
  RequestResolveDueRederivedV1,
  RequestStaffActedV1,
] as const;

export type AppealsPublicEvent = (typeof APPEALS_PUBLIC_EVENTS)[number];
