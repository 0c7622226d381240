import type { CalendarDate } from '@qinqing/shared/working-days';
import type { ClockKind, ClockLimits, OutcomeClock, Priority } from '../values/clock-policy';
import type { FeedbackProof } from '../values/feedback-proof';
import type { Rating } from '../values/rating';
import type { RequestCategory } from '../values/request-category';
import type { RequestChannel } from '../values/request-channel';
import type { DueDateKind, ProvisionalDueDates } from './due-dates';

/** A clock's due date as decided when it started or was moved (pause, extension, reopen). */
export type ClockDues = Partial<Record<ClockKind, CalendarDate>>;

/** Due dates of all five clocks, as set at submission. */
export type AllClockDues = Readonly<Record<ClockKind, CalendarDate>>;

export interface EnterpriseRef {
  /** 统一社会信用代码, validated. */
  readonly creditCode: string;
  readonly name: string;
}

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
    readonly origin?: { readonly kind: 'liaison-visit' | 'queue-ticket'; readonly id: string };
    readonly submittedAt: string;
    /** China-local calendar day of submission; clocks count from the day after (开始的当日不计入). */
    readonly submittedOn: CalendarDate;
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
  };
};

export type RequestAccepted = {
  readonly type: 'RequestAccepted';
  readonly data: {
    readonly departmentId: string;
    readonly acceptedAt: string;
    readonly acceptedOn: CalendarDate;
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
  };
};

export type RequestFellToDefaultOwner = {
  readonly type: 'RequestFellToDefaultOwner';
  readonly data: {
    readonly unclaimedByDepartmentId: string;
    readonly defaultOwnerUnitId: string;
    readonly fellOn: CalendarDate;
  };
};

export type RequestReplied = {
  readonly type: 'RequestReplied';
  readonly data: {
    readonly byUnitId: string;
    readonly message: string;
    readonly repliedAt: string;
    readonly repliedOn: CalendarDate;
  };
};

export type RequestPaused = {
  readonly type: 'RequestPaused';
  readonly data: { readonly reason: string; readonly pausedOn: CalendarDate };
};

export type RequestResumed = {
  readonly type: 'RequestResumed';
  readonly data: {
    readonly resumedOn: CalendarDate;
    /** Working days the pause lasted; every running clock moves by this much. */
    readonly pausedWorkingDays: number;
    readonly dues: ClockDues;
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
  };
};

export type ResolutionExtended = {
  readonly type: 'ResolutionExtended';
  readonly data: { readonly approvedBy: string; readonly reason: string; readonly resolveDue: CalendarDate };
};

export type DeadlineApproaching = {
  readonly type: 'DeadlineApproaching';
  readonly data: { readonly clock: ClockKind; readonly due: CalendarDate; readonly remindedOn: CalendarDate };
};

export type DeadlineMissed = {
  readonly type: 'DeadlineMissed';
  readonly data: { readonly clock: ClockKind; readonly due: CalendarDate; readonly detectedOn: CalendarDate };
};

/** 督办 by the 效能督查 office, raised with every missed deadline. */
export type SupervisionOrderIssued = {
  readonly type: 'SupervisionOrderIssued';
  readonly data: { readonly orderId: string; readonly clock: ClockKind; readonly issuedOn: CalendarDate };
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

export type SupervisionNoteAdded = {
  readonly type: 'SupervisionNoteAdded';
  readonly data: { readonly orderId: string; readonly supervisorId: string; readonly note: string };
};

export type SupervisionOrderClosed = {
  readonly type: 'SupervisionOrderClosed';
  readonly data: { readonly orderId: string; readonly supervisorId: string; readonly conclusion: string };
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
  };
};

export type MarkedDuplicate = {
  readonly type: 'MarkedDuplicate';
  readonly data: { readonly originalRequestId: string; readonly markedBy: string };
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
  | RequestResumed
  | RequestEscalated
  | RequestInformed
  | RequestResolved
  | ResolutionExtended
  | DeadlineApproaching
  | DeadlineMissed
  | SupervisionOrderIssued
  | RehandlingOrdered
  | SupervisionNoteAdded
  | SupervisionOrderClosed
  | RequestRated
  | ReviewOpened
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
