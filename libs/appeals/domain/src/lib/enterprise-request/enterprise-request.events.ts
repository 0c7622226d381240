import type { CalendarDate } from '@qinqing/calendar/domain';
import type { ClockKind, ClockLimits, OutcomeClock, Priority } from '../values/clock-policy';
import type { FeedbackProof } from '../values/feedback-proof';
import type { PauseCause } from '../values/pause-cause';
import type { FollowUpKind } from '../values/follow-up';
import type { Rating } from '../values/rating';
import type { SupervisionOutcome } from '../values/supervision-outcome';
import type { RequestCategory } from '../values/request-category';
import type { RequestChannel } from '../values/request-channel';
import type { DueDateKind, ProvisionalDueDates } from './due-dates';

/** A clock's due date as decided when it started or was moved (pause, extension, reopen). */
export type ClockDues = Partial<Record<ClockKind, CalendarDate>>;

/** A clock started again: its limit in working days and the due date it gives. */
export interface RestartedClock {
  readonly limit: number;
  readonly due: CalendarDate;
}

/** Due dates of all five clocks, as set at submission. */
export type AllClockDues = Readonly<Record<ClockKind, CalendarDate>>;

export interface EnterpriseRef {
  /** 统一社会信用代码, validated. */
  readonly creditCode: string;
  readonly name: string;
}

/** Another context that produced a request (a liaison visit or symposium, a kiosk ticket). */
export type RequestOriginKind = 'liaison-visit' | 'liaison-symposium' | 'queue-ticket';

export interface ContactPerson {
  readonly name: string;
  /** Mainland mobile number, validated; masked for viewers who do not need it. */
  readonly phone: string;
}

export type RequestSubmitted = {
  readonly type: 'RequestSubmitted';
  readonly data: {
    readonly requestId: string;
    /** Unguessable code the enterprise tracks the request with (with the phone's last four digits). */
    readonly receiptCode: string;
    readonly enterprise: EnterpriseRef;
    readonly contact: ContactPerson;
    readonly category: RequestCategory;
    readonly priority: Priority;
    readonly title: string;
    readonly description: string;
    readonly channel: RequestChannel;
    /** First receiver (首问负责): owns the request until a department accepts it. */
    readonly receivingUnitId: string;
    /** Where it came from when another context produced it (a liaison visit, a kiosk ticket). */
    readonly origin?: {
      readonly kind: RequestOriginKind;
      readonly id: string;
    };
    readonly submittedAt: string;
    /** China-local calendar day of submission. */
    readonly submittedOn: CalendarDate;
    /**
     * Day 0 of the clocks (开始的当日不计入): the filing day, or the next working day for a request filed after
     * office hours or on a non-working day. Absent in events before 2026-12 (it was the filing day then).
     */
    readonly receivedOn?: CalendarDate;
    /** The limits in force at submission: the request keeps them even if the jurisdiction's policy changes. */
    readonly limits: ClockLimits;
    /** Every clock's due date: all five start at submission. */
    readonly dues: AllClockDues;
  };
};

export type RequestHandedOff = {
  readonly type: 'RequestHandedOff';
  readonly data: {
    readonly fromUnitId: string;
    readonly toDepartmentId: string;
    readonly note: string;
    readonly handedOffOn: CalendarDate;
    /** Last day the department may send it back; unclaimed after it, it falls to the default owner. */
    readonly claimBy: CalendarDate;
    /**
     * The accept clock restarts at the hand-off (签收 is the department's act, counted from when it got the
     * request), never before `claimBy`: a department is not under 督办 while it may lawfully send it back.
     * Absent in events before 2026-12.
     */
    readonly acceptClock?: RestartedClock;
  };
};

export type RequestAccepted = {
  readonly type: 'RequestAccepted';
  readonly data: {
    readonly departmentId: string;
    readonly acceptedAt: string;
    readonly acceptedOn: CalendarDate;
    /** The accept clock's due date and the verdict (see metOnTime); absent in events before 2026-12. */
    readonly due?: CalendarDate;
    readonly onTime?: boolean;
  };
};

export type RequestSentBack = {
  readonly type: 'RequestSentBack';
  readonly data: {
    readonly departmentId: string;
    readonly reason: string;
    readonly sentBackOn: CalendarDate;
    /** The unit that handed it off, which owns it again. */
    readonly returnedToUnitId: string;
    /** The accept clock restarts for the unit that owns it again (absent in events before 2026-12). */
    readonly acceptClock?: RestartedClock;
  };
};

export type RequestFellToDefaultOwner = {
  readonly type: 'RequestFellToDefaultOwner';
  readonly data: {
    readonly unclaimedByDepartmentId: string;
    readonly defaultOwnerUnitId: string;
    readonly fellOn: CalendarDate;
    /** The accept clock restarts for the default owner (absent in events before 2026-12). */
    readonly acceptClock?: RestartedClock;
  };
};

export type RequestReplied = {
  readonly type: 'RequestReplied';
  readonly data: {
    readonly byUnitId: string;
    readonly message: string;
    readonly repliedAt: string;
    readonly repliedOn: CalendarDate;
    /** Set on the reply that settles the reply clock (see metOnTime); absent on later replies and old events. */
    readonly due?: CalendarDate;
    readonly onTime?: boolean;
  };
};

export type RequestPaused = {
  readonly type: 'RequestPaused';
  readonly data: {
    readonly reason: string;
    readonly pausedOn: CalendarDate;
    /** The listed cause (absent in events before 2026-12, when any reason was taken). */
    readonly cause?: PauseCause;
    /**
     * Working days this pause may stop the clocks without a supervisor's approval: the policy's
     * pauseApprovalAfter, or less when the request's cap (pauseCapPerRequest) is nearly used up. Beyond it the
     * clocks run again. Absent in old events (no limit then).
     */
    readonly creditUpTo?: number;
  };
};

/** A supervisor let the current pause stop the clocks for up to `upToWorkingDays` in all. */
export type PauseExtensionApproved = {
  readonly type: 'PauseExtensionApproved';
  readonly data: {
    readonly approvedBy: string;
    readonly upToWorkingDays: number;
    readonly reason: string;
    readonly approvedOn: CalendarDate;
  };
};

export type RequestResumed = {
  readonly type: 'RequestResumed';
  readonly data: {
    readonly resumedOn: CalendarDate;
    /** Working days of the pause credited to the clocks; every clock running at the pause moves by this much. */
    readonly pausedWorkingDays: number;
    /** Working days the pause lasted beyond what it was allowed: the clocks ran on through them. */
    readonly uncreditedWorkingDays?: number;
    readonly dues: ClockDues;
  };
};

/** The department found the request needs reporting up or cannot be handled; that clock now runs out by time. */
export type OutcomePlanned = {
  readonly type: 'OutcomePlanned';
  readonly data: {
    readonly departmentId: string;
    readonly outcome: 'report-up' | 'inform';
    readonly note: string;
    readonly plannedOn: CalendarDate;
    /** The outcome clock's due date at the time. */
    readonly due: CalendarDate;
  };
};

/** 限时报出: reported to a higher level that must handle it. */
export type RequestEscalated = {
  readonly type: 'RequestEscalated';
  readonly data: {
    readonly departmentId: string;
    readonly upperLevelUnit: string;
    readonly upperLevelReference: string;
    readonly note: string;
    readonly escalatedAt: string;
    readonly escalatedOn: CalendarDate;
    /** The clock's due date at the time, and whether the outcome met it (recorded for the audit trail). */
    readonly due: CalendarDate;
    readonly onTime: boolean;
    /** Last day the enterprise may rate or reopen (the feedback window). */
    readonly feedbackDue: CalendarDate;
    /**
     * The submission's origin kind, repeated on the outcome: the public form publishes the words of the answer of
     * a request raised at a liaison visit or symposium (a public record), of no other. Absent: no origin, or an
     * outcome recorded before 2026-12.
     */
    readonly origin?: RequestOriginKind;
  };
};

/** 限时告知: it cannot be handled; the enterprise is told why and on what basis. */
export type RequestInformed = {
  readonly type: 'RequestInformed';
  readonly data: {
    readonly departmentId: string;
    readonly reason: string;
    readonly basis: string;
    readonly informedAt: string;
    readonly informedOn: CalendarDate;
    /** The clock's due date at the time, and whether the outcome met it (recorded for the audit trail). */
    readonly due: CalendarDate;
    readonly onTime: boolean;
    /** Last day the enterprise may rate or reopen (the feedback window). */
    readonly feedbackDue: CalendarDate;
    /**
     * The submission's origin kind, repeated on the outcome: the public form publishes the words of the answer of
     * a request raised at a liaison visit or symposium (a public record), of no other. Absent: no origin, or an
     * outcome recorded before 2026-12.
     */
    readonly origin?: RequestOriginKind;
  };
};

/** 限时办结: resolved at this level and the enterprise answered. */
export type RequestResolved = {
  readonly type: 'RequestResolved';
  readonly data: {
    readonly departmentId: string;
    readonly answer: string;
    readonly resolvedAt: string;
    readonly resolvedOn: CalendarDate;
    /** The clock's due date at the time, and whether the outcome met it (recorded for the audit trail). */
    readonly due: CalendarDate;
    readonly onTime: boolean;
    /** Last day the enterprise may rate or reopen (the feedback window). */
    readonly feedbackDue: CalendarDate;
    /**
     * The submission's origin kind, repeated on the outcome: the public form publishes the words of the answer of
     * a request raised at a liaison visit or symposium (a public record), of no other. Absent: no origin, or an
     * outcome recorded before 2026-12.
     */
    readonly origin?: RequestOriginKind;
  };
};

export type ResolutionExtended = {
  readonly type: 'ResolutionExtended';
  readonly data: { readonly approvedBy: string; readonly reason: string; readonly resolveDue: CalendarDate };
};

/**
 * 临期预警: at least one working day before the due date (`advance`, the stage of events that have none), and
 * again on the due day (`due-day`).
 */
export type DeadlineApproaching = {
  readonly type: 'DeadlineApproaching';
  readonly data: {
    readonly clock: ClockKind;
    readonly due: CalendarDate;
    readonly remindedOn: CalendarDate;
    readonly stage?: 'advance' | 'due-day';
  };
};

export type DeadlineMissed = {
  readonly type: 'DeadlineMissed';
  readonly data: { readonly clock: ClockKind; readonly due: CalendarDate; readonly detectedOn: CalendarDate };
};

/** 督办 by the 效能督查 office, raised with every missed deadline. */
export type SupervisionOrderIssued = {
  readonly type: 'SupervisionOrderIssued';
  readonly data: {
    readonly orderId: string;
    readonly clock: ClockKind;
    readonly issuedOn: CalendarDate;
    /** The department acts on it by then (supervisionOrderWithin); absent in events before 2026-12. */
    readonly due?: CalendarDate;
  };
};

/** One working day before an open order's due date. */
export type SupervisionOrderReminded = {
  readonly type: 'SupervisionOrderReminded';
  readonly data: { readonly orderId: string; readonly due: CalendarDate; readonly remindedOn: CalendarDate };
};

/** An order still open past its due date goes to the next level, with a new due date. */
export type SupervisionOrderEscalated = {
  readonly type: 'SupervisionOrderEscalated';
  readonly data: {
    readonly orderId: string;
    readonly toLevel: 2;
    readonly missedDue: CalendarDate;
    readonly escalatedOn: CalendarDate;
    readonly due: CalendarDate;
  };
};

export type RehandlingOrdered = {
  readonly type: 'RehandlingOrdered';
  readonly data: {
    readonly orderId: string;
    readonly supervisorId: string;
    readonly instruction: string;
    readonly orderedOn: CalendarDate;
    /**
     * The outcome clocks restarted from `orderedOn` when the request had been answered (it goes back in progress
     * at the same department); empty when it was still being handled (only the instruction is recorded).
     */
    readonly dues: ClockDues;
  };
};

/** 核减 approved: the answer (报出 or 告知) leaves the resolution-rate denominator. */
export type RateExclusionApproved = {
  readonly type: 'RateExclusionApproved';
  readonly data: {
    readonly outcome: 'report-up' | 'inform';
    readonly supervisorId: string;
    readonly reason: string;
    readonly approvedOn: CalendarDate;
  };
};

export type SupervisionNoteAdded = {
  readonly type: 'SupervisionNoteAdded';
  readonly data: { readonly orderId: string; readonly supervisorId: string; readonly note: string };
};

export type SupervisionOrderClosed = {
  readonly type: 'SupervisionOrderClosed';
  readonly data: {
    readonly orderId: string;
    readonly supervisorId: string;
    readonly conclusion: string;
    /** 整改完成 or 问责建议 (absent in events before 2026-12). */
    readonly outcome?: SupervisionOutcome;
  };
};

export type RequestRated = {
  readonly type: 'RequestRated';
  readonly data: {
    readonly rating: Rating;
    readonly comment: string;
    readonly ratedOn: CalendarDate;
    /** How the enterprise proved it filed the request. Absent on events recorded before 2026-12. */
    readonly proof?: FeedbackProof;
  };
};

/**
 * A poor rating is looked at again by a supervisor. The review is a supervision order (督办) of its own, so it
 * is worked like the others: notes, re-handling, closing with a conclusion.
 */
export type ReviewOpened = {
  readonly type: 'ReviewOpened';
  readonly data: {
    readonly orderId: string;
    readonly reason: 'poor-rating';
    readonly openedOn: CalendarDate;
    /** Absent in events before 2026-12. */
    readonly due?: CalendarDate;
    /** 回访 by the supervision office, and the department's 整改, are due by these (absent before 2026-12). */
    readonly callbackDue?: CalendarDate;
    readonly rectificationDue?: CalendarDate;
  };
};

/** 回访 recorded: the enterprise's own answer on the phone (after a poor rating, or for an unrated answer). */
export type CallbackRecorded = {
  readonly type: 'CallbackRecorded';
  readonly data: {
    readonly supervisorId: string;
    readonly kind: 'poor-rating' | 'unrated';
    readonly answer: Rating | null;
    readonly note: string;
    readonly calledOn: CalendarDate;
    readonly due: CalendarDate | null;
    readonly onTime: boolean;
  };
};

export type RectificationReported = {
  readonly type: 'RectificationReported';
  readonly data: {
    readonly departmentId: string;
    readonly note: string;
    readonly reportedOn: CalendarDate;
    readonly due: CalendarDate | null;
    readonly onTime: boolean;
  };
};

export type FollowUpReminded = {
  readonly type: 'FollowUpReminded';
  readonly data: {
    readonly followUp: FollowUpKind;
    readonly due: CalendarDate;
    readonly remindedOn: CalendarDate;
  };
};

export type FollowUpMissed = {
  readonly type: 'FollowUpMissed';
  readonly data: {
    readonly followUp: FollowUpKind;
    readonly due: CalendarDate;
    readonly detectedOn: CalendarDate;
  };
};

export type RatingAppealed = {
  readonly type: 'RatingAppealed';
  readonly data: {
    readonly departmentId: string;
    readonly reason: string;
    readonly appealedOn: CalendarDate;
  };
};

/** Upheld: the rating is set aside and leaves the satisfaction rate; rejected: it stands. */
export type RatingAppealDecided = {
  readonly type: 'RatingAppealDecided';
  readonly data: {
    readonly supervisorId: string;
    readonly upheld: boolean;
    readonly reason: string;
    readonly decidedOn: CalendarDate;
  };
};

export type RequestReopened = {
  readonly type: 'RequestReopened';
  readonly data: {
    readonly reason: string;
    readonly reopenedOn: CalendarDate;
    /** 1 for the first reopening. */
    readonly reopenCount: number;
    /** How the enterprise proved it filed the request. Absent on events recorded before 2026-12. */
    readonly proof?: FeedbackProof;
    /** The outcome clocks (resolve, report-up, inform), restarted from `reopenedOn`. */
    readonly dues: ClockDues;
  };
};

/**
 * The request ends: the feedback window passed without a rating or reopening, or it duplicates another request
 * (every clock still running ends with it).
 */
export type RequestClosed = {
  readonly type: 'RequestClosed';
  readonly data: {
    readonly closedOn: CalendarDate;
    readonly reason: 'feedback-window-elapsed' | 'duplicate';
    /** Unrated when the window closed: the supervision office calls back by then (absent before 2026-12). */
    readonly callbackDue?: CalendarDate;
  };
};

export type MarkedDuplicate = {
  readonly type: 'MarkedDuplicate';
  readonly data: {
    readonly originalRequestId: string;
    readonly markedBy: string;
    /** Which request carries the enterprise's matter now, told to the enterprise in words (absent before 2026-12). */
    readonly original?: { readonly title: string; readonly submittedOn: CalendarDate };
  };
};

export type GroupedForJointMeeting = {
  readonly type: 'GroupedForJointMeeting';
  readonly data: {
    readonly meetingId: string;
    readonly meetingTitle: string;
    readonly scheduledOn: CalendarDate;
  };
};

export type JointMeetingOutcomeRecorded = {
  readonly type: 'JointMeetingOutcomeRecorded';
  readonly data: { readonly meetingId: string; readonly outcome: string };
};

/**
 * Due dates the event just before this one set were computed through a year whose holiday notice is not loaded,
 * from the statutory festivals of the 2024 《全国年节及纪念日放假办法》 only (暂定). They are held to as they are;
 * once the notice is loaded they are computed again (`DueDatesRederived`).
 */
export type DueDatesMarkedProvisional = {
  readonly type: 'DueDatesMarkedProvisional';
  readonly data: { readonly dueDates: ProvisionalDueDates };
};

/**
 * The official notice of a year was loaded: the request's due dates that were provisional through it were
 * computed again (same start, same number of working days). Each change records the old date, the new one (the
 * same when the notice changes nothing there) and the years still provisional; `notices` say why.
 */
export type DueDatesRederived = {
  readonly type: 'DueDatesRederived';
  readonly data: {
    readonly rederivedOn: CalendarDate;
    readonly notices: readonly {
      readonly year: number;
      readonly title: string;
      readonly documentNumber: string;
    }[];
    readonly changes: readonly {
      readonly kind: DueDateKind;
      readonly previousDue: CalendarDate;
      readonly due: CalendarDate;
      readonly provisionalYears: readonly number[];
    }[];
  };
};

export type EnterpriseRequestEvent =
  | RequestSubmitted
  | RequestHandedOff
  | RequestAccepted
  | RequestSentBack
  | RequestFellToDefaultOwner
  | RequestReplied
  | RequestPaused
  | PauseExtensionApproved
  | RequestResumed
  | OutcomePlanned
  | RequestEscalated
  | RequestInformed
  | RequestResolved
  | ResolutionExtended
  | DeadlineApproaching
  | DeadlineMissed
  | SupervisionOrderIssued
  | SupervisionOrderReminded
  | SupervisionOrderEscalated
  | RehandlingOrdered
  | RateExclusionApproved
  | SupervisionNoteAdded
  | SupervisionOrderClosed
  | RequestRated
  | ReviewOpened
  | CallbackRecorded
  | RectificationReported
  | FollowUpReminded
  | FollowUpMissed
  | RatingAppealed
  | RatingAppealDecided
  | RequestReopened
  | RequestClosed
  | MarkedDuplicate
  | GroupedForJointMeeting
  | JointMeetingOutcomeRecorded
  | DueDatesMarkedProvisional
  | DueDatesRederived;

export type EnterpriseRequestEventType = EnterpriseRequestEvent['type'];

export type OutcomeEvent = RequestResolved | RequestEscalated | RequestInformed;

export const OUTCOME_OF_EVENT: Record<OutcomeEvent['type'], OutcomeClock> = {
  RequestResolved: 'resolve',
  RequestEscalated: 'report-up',
  RequestInformed: 'inform',
};
