import type { DecisionContext } from '@qinqing/shared/domain-kernel';
import type { CalendarDate, WorkingDayCalendar } from '@qinqing/calendar/domain';
import type { AppealsPolicy, ClockKind, Priority } from '../values/clock-policy';
import type { FeedbackProof } from '../values/feedback-proof';
import type { PauseCause } from '../values/pause-cause';
import type { FollowUpKind } from '../values/follow-up';
import type { Rating } from '../values/rating';
import type { SupervisionOutcome } from '../values/supervision-outcome';
import type { RequestActor } from '../values/request-actor';
import type { RequestCategory } from '../values/request-category';
import type { RequestChannel } from '../values/request-channel';
import type { StaffConflict } from '../values/staff-conflict';
import type { ContactPerson, EnterpriseRef } from './enterprise-request.events';

/**
 * What decide needs besides the time: the holiday calendar in force, the jurisdiction's policy, and the
 * enterprises the acting staff member must keep away from (empty for the enterprise, the scheduler, or staff
 * with no declared conflict).
 */
export interface AppealsDecisionContext extends DecisionContext {
  readonly calendar: WorkingDayCalendar;
  readonly policy: AppealsPolicy;
  readonly actorConflicts: readonly StaffConflict[];
}

type By<Actor extends RequestActor['kind']> = { readonly by: Extract<RequestActor, { kind: Actor }> };

export type SubmitRequest = {
  readonly type: 'SubmitRequest';
  readonly requestId: string;
  readonly receiptCode: string;
  readonly enterprise: EnterpriseRef;
  readonly contact: ContactPerson;
  readonly category: RequestCategory;
  readonly priority: Priority;
  readonly title: string;
  readonly description: string;
  readonly channel: RequestChannel;
  readonly receivingUnitId: string;
  readonly origin?: {
    readonly kind: 'liaison-visit' | 'liaison-symposium' | 'queue-ticket';
    readonly id: string;
  };
  readonly by: RequestActor;
};

export type HandOffRequest = {
  readonly type: 'HandOffRequest';
  readonly toDepartmentId: string;
  readonly note: string;
} & By<'unit-staff'>;
export type AcceptRequest = { readonly type: 'AcceptRequest' } & By<'unit-staff'>;
export type SendBackRequest = {
  readonly type: 'SendBackRequest';
  readonly reason: string;
} & By<'unit-staff'>;
export type FallToDefaultOwner = { readonly type: 'FallToDefaultOwner' } & By<'scheduler'>;
export type ReplyToEnterprise = {
  readonly type: 'ReplyToEnterprise';
  readonly message: string;
} & By<'unit-staff'>;
export type PauseClock = {
  readonly type: 'PauseClock';
  /** One of the listed causes (PAUSE_CAUSES); `reason` says what exactly is awaited. */
  readonly cause: PauseCause;
  readonly reason: string;
} & By<'unit-staff'>;
/** The supervisor lets the current pause stop the clocks for longer than `pauseApprovalAfter`. */
export type ApprovePauseExtension = {
  readonly type: 'ApprovePauseExtension';
  readonly upToWorkingDays: number;
  readonly reason: string;
} & By<'supervisor'>;
export type ResumeClock = { readonly type: 'ResumeClock' } & By<'unit-staff'>;
/**
 * The handling department records that the request needs a higher level (拟上报上级) or cannot be handled
 * (拟告知): from then that outcome's clock (限时报出 / 限时告知, J 三(六)) goes overdue by time and raises 督办 like
 * the others.
 */
export type PlanOutcome = {
  readonly type: 'PlanOutcome';
  readonly outcome: 'report-up' | 'inform';
  readonly note: string;
} & By<'unit-staff'>;
export type ResolveRequest = { readonly type: 'ResolveRequest'; readonly answer: string } & By<'unit-staff'>;
export type EscalateRequest = {
  readonly type: 'EscalateRequest';
  readonly upperLevelUnit: string;
  readonly upperLevelReference: string;
  readonly note: string;
} & By<'unit-staff'>;
export type InformCannotHandle = {
  readonly type: 'InformCannotHandle';
  readonly reason: string;
  readonly basis: string;
} & By<'unit-staff'>;
export type ApproveExtension = {
  readonly type: 'ApproveExtension';
  readonly reason: string;
} & By<'supervisor'>;
export type RecordDeadlineReminder = {
  readonly type: 'RecordDeadlineReminder';
  readonly clock: ClockKind;
} & By<'scheduler'>;
export type RecordMissedDeadline = {
  readonly type: 'RecordMissedDeadline';
  readonly clock: ClockKind;
} & By<'scheduler'>;
/**
 * 核减: the supervisor approves that a justified 告知 (cannot handle, with reasons) or an 报出 (reported to a
 * higher level) is removed from the department's resolution-rate denominator (12345 practice; docs/appeals-rates.md).
 */
export type ApproveRateExclusion = {
  readonly type: 'ApproveRateExclusion';
  readonly reason: string;
} & By<'supervisor'>;
export type OrderRehandling = {
  readonly type: 'OrderRehandling';
  readonly orderId: string;
  readonly instruction: string;
} & By<'supervisor'>;
export type AddSupervisionNote = {
  readonly type: 'AddSupervisionNote';
  readonly orderId: string;
  readonly note: string;
} & By<'supervisor'>;
export type CloseSupervisionOrder = {
  readonly type: 'CloseSupervisionOrder';
  readonly orderId: string;
  /** 整改完成 or 问责建议: an order is never closed without a recorded outcome. */
  readonly outcome: SupervisionOutcome;
  readonly conclusion: string;
} & By<'supervisor'>;
/** Scheduler: the order's reminder before its due date, or its escalation once past it. Idempotent. */
export type RecordOrderDeadline = {
  readonly type: 'RecordOrderDeadline';
  readonly orderId: string;
} & By<'scheduler'>;
/** 回访 by the supervision office (never the handling department): after a poor rating, or for an unrated answer. */
export type RecordCallback = {
  readonly type: 'RecordCallback';
  /** The enterprise's own rating given on the phone (null: it did not rate). */
  readonly answer: Rating | null;
  readonly note: string;
} & By<'supervisor'>;
/** 整改: the handling department reports how it put right what the poor rating was about. */
export type ReportRectification = {
  readonly type: 'ReportRectification';
  readonly note: string;
} & By<'unit-staff'>;
/** 申诉: the handling department asks the supervisor to set aside a rating it believes mistaken. */
export type AppealRating = { readonly type: 'AppealRating'; readonly reason: string } & By<'unit-staff'>;
export type DecideRatingAppeal = {
  readonly type: 'DecideRatingAppeal';
  readonly upheld: boolean;
  readonly reason: string;
} & By<'supervisor'>;
/** Scheduler: the 回访 and 整改 clocks' reminders and misses. Idempotent. */
export type RecordFollowUpDeadline = {
  readonly type: 'RecordFollowUpDeadline';
  readonly followUp: FollowUpKind;
} & By<'scheduler'>;
export type RateRequest = {
  readonly type: 'RateRequest';
  readonly rating: Rating;
  readonly comment: string;
  readonly proof: FeedbackProof;
} & By<'enterprise'>;
export type ReopenRequest = {
  readonly type: 'ReopenRequest';
  readonly reason: string;
  readonly proof: FeedbackProof;
} & By<'enterprise'>;
export type CloseAfterFeedbackWindow = { readonly type: 'CloseAfterFeedbackWindow' } & By<'scheduler'>;
/** What the service found of the original a duplicate points at (null: no such request). */
export interface OriginalRequestFacts {
  readonly requestId: string;
  readonly title: string;
  readonly submittedOn: CalendarDate;
  /** 统一社会信用代码 of the enterprise that filed it, normalised. */
  readonly creditCode: string;
  readonly closed: boolean;
  readonly duplicateOf: string | null;
}

export type MarkDuplicate = {
  readonly type: 'MarkDuplicate';
  readonly originalRequestId: string;
  readonly original: OriginalRequestFacts | null;
} & By<'unit-staff'>;
export type GroupForJointMeeting = {
  readonly type: 'GroupForJointMeeting';
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly scheduledOn: CalendarDate;
} & By<'unit-staff'>;
export type RecordJointMeetingOutcome = {
  readonly type: 'RecordJointMeetingOutcome';
  readonly meetingId: string;
  readonly outcome: string;
} & By<'unit-staff'>;

/** Scheduler: compute provisional due dates again once the notices they wait for are loaded. */
export type RederiveDueDates = { readonly type: 'RederiveDueDates' } & By<'scheduler'>;

export type EnterpriseRequestCommand =
  | SubmitRequest
  | HandOffRequest
  | AcceptRequest
  | SendBackRequest
  | FallToDefaultOwner
  | ReplyToEnterprise
  | PauseClock
  | ApprovePauseExtension
  | ResumeClock
  | PlanOutcome
  | ResolveRequest
  | EscalateRequest
  | InformCannotHandle
  | ApproveExtension
  | RecordDeadlineReminder
  | RecordMissedDeadline
  | OrderRehandling
  | ApproveRateExclusion
  | AddSupervisionNote
  | CloseSupervisionOrder
  | RecordOrderDeadline
  | RecordCallback
  | ReportRectification
  | AppealRating
  | DecideRatingAppeal
  | RecordFollowUpDeadline
  | RateRequest
  | ReopenRequest
  | CloseAfterFeedbackWindow
  | MarkDuplicate
  | GroupForJointMeeting
  | RecordJointMeetingOutcome
  | RederiveDueDates;
