/** What the API answers about requests; the kiosk and console render these. */
export interface ClockView {
  readonly clock: 'accept' | 'reply' | 'resolve' | 'report-up' | 'inform';
  readonly due: string | null;
  readonly status: 'running' | 'overdue' | 'met' | 'late' | 'ended';
  /** Working days left (negative when overdue), for running clocks. */
  readonly workingDaysLeft: number | null;
  /**
   * 暂定: the due date was computed through a year whose holiday notice is not loaded (statutory festivals only);
   * it is computed again, and recorded, once the notice is loaded.
   */
  readonly provisional: boolean;
}

export interface RequestSummary {
  readonly requestId: string;
  /**
   * With the phone's last four digits it proves the enterprise (track, rate, reopen), so only those who
   * printed it — staff of the receiving unit — and the enterprise itself see it; null for everyone else.
   */
  readonly receiptCode: string | null;
  readonly title: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly category: string;
  readonly priority: string;
  readonly channel: string;
  readonly status: string;
  readonly paused: boolean;
  /** 首问责任单位: the unit that first received the request; it stays the first receiver for good. */
  readonly receivingUnitId: string;
  /** The unit responsible now: the first receiver until a department accepts, then that department. */
  readonly ownerUnitId: string;
  readonly pendingDepartmentId: string | null;
  readonly departmentId: string | null;
  readonly submittedAt: string;
  readonly clocks: readonly ClockView[];
  readonly overdue: boolean;
  readonly openSupervisionOrders: number;
  readonly rating: string | null;
  readonly reopenCount: number;
  /** Years whose holiday notice the request's provisional due dates wait for; empty when none is provisional. */
  readonly provisionalYears: readonly number[];
}

export interface TimelineEntry {
  readonly at: string;
  readonly type: string;
  /** The step in plain words, in both languages. */
  readonly summary: { readonly zh: string; readonly en: string };
  readonly actorRole: string;
}

export interface RequestDetail extends RequestSummary {
  readonly description: string;
  /** Masked unless the viewer handles the request. */
  readonly contact: { readonly name: string; readonly phone: string };
  readonly answer: {
    readonly outcome: string;
    readonly text: string;
    readonly answeredOn: string;
    readonly feedbackDue: string;
    /** The feedback window's end is provisional (a holiday notice it depends on is not loaded). */
    readonly feedbackDueProvisional: boolean;
  } | null;
  readonly supervisionOrders: readonly SupervisionOrderView[];
  readonly timeline: readonly TimelineEntry[];
  /** Actions the viewer may take now, e.g. `accept`, `resolve`, `rate`. */
  readonly allowedActions: readonly string[];
}

/** A 督办单 as staff refer to it: its number within the request and its subject, never its id. */
export interface SupervisionOrderView {
  /** For commands on the order (notes, re-handling, closing); not for people to read. */
  readonly orderId: string;
  /** 1-based, in the order the orders on this request were issued. */
  readonly number: number;
  /** What raised it, e.g. 答复超期 or 差评复核. */
  readonly subject: { readonly zh: string; readonly en: string };
  readonly origin: 'missed-deadline' | 'poor-rating';
  readonly clock: string | null;
  readonly open: boolean;
  readonly issuedOn: string;
}

/**
 * A deadline the enterprise is told about: 答复 (first reply) and 办结 (resolution). Accepting, reporting up
 * and informing are the government's internal clocks and appear on staff screens only.
 */
export interface EnterpriseDeadline {
  readonly deadline: 'reply' | 'resolve';
  /** e.g. 答复期限 / Reply by. */
  readonly name: { readonly zh: string; readonly en: string };
  readonly due: string | null;
  readonly status: ClockView['status'];
  readonly workingDaysLeft: number | null;
  /** The date depends on a year whose holiday notice is not loaded yet (暂定): it may move when it is. */
  readonly provisional: boolean;
}

/**
 * What the enterprise sees of its request (`POST /api/appeals/track`, and the request as a kiosk walk-in
 * sees it): status, its two deadlines by name, the answer, its own steps in words, and what it may do.
 * No units' internal ids, clocks, supervision or contact details.
 */
export interface TrackedRequest {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly title: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly category: string;
  readonly status: string;
  readonly paused: boolean;
  readonly submittedAt: string;
  readonly deadlines: readonly EnterpriseDeadline[];
  readonly answer: RequestDetail['answer'];
  readonly rating: string | null;
  readonly timeline: readonly TimelineEntry[];
  /** `rate`, `reopen` when the enterprise may do so now. */
  readonly allowedActions: readonly string[];
}

/** A rate with the counts behind it, so a 100 % of one request is not mistaken for a 100 % of a hundred. */
export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator, or null when nothing was due. */
  readonly value: number | null;
}

export interface DepartmentRates {
  readonly unitId: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Requests handed to the unit (or taken on by it as first receiver), less those it lawfully sent back. */
  readonly received: number;
  /** Replied within the reply limit, over `received`. */
  readonly responseRate: Rate;
  readonly onTimeRate: Readonly<Record<'accept' | 'reply' | 'resolve' | 'report-up' | 'inform', Rate>>;
  /** Resolved and not reopened or re-handled, over answers less 核减. */
  readonly resolutionRate: Rate;
  /** Answers (告知, 报出) the supervisor approved to leave the resolution denominator (核减). */
  readonly excludedFromResolution: number;
  /** Ratings the enterprise gave itself (less those a 申诉 set aside). */
  readonly satisfactionRate: Rate;
  /** The enterprise's answers on the phone at a 回访, kept apart from self-given ratings. */
  readonly callbackSatisfactionRate: Rate;
}

/** `GET /api/appeals/rates`. */
export interface RatesAnswer {
  readonly from: string;
  readonly to: string;
  readonly departments: readonly DepartmentRates[];
}
