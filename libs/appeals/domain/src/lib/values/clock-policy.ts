import type { RequestCategory } from './request-category';

export const PRIORITIES = ['normal', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_NAMES: Record<Priority, { readonly zh: string; readonly en: string }> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
};

/**
 * The clocks of a request, in working days (DOMAIN.md §2, J 三(六) 限时办结 / 限时报出 / 限时告知):
 * accept (a competent department takes it on), reply (the enterprise hears from us), and one per outcome:
 * resolve at this level, report to a higher level, or tell the enterprise it cannot be handled and why.
 */
export const CLOCK_KINDS = ['accept', 'reply', 'resolve', 'report-up', 'inform'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** The clocks in the words a 12345 office uses: 签收, 首次答复, 办结, 上报上级 (报出), 告知. */
export const CLOCK_NAMES: Record<ClockKind, { readonly zh: string; readonly en: string }> = {
  accept: { zh: '签收', en: 'acceptance' },
  reply: { zh: '首次答复', en: 'first reply' },
  resolve: { zh: '办结', en: 'resolution' },
  'report-up': { zh: '上报上级', en: 'reporting up' },
  inform: { zh: '告知', en: 'informing' },
};

/** Outcome clocks: the first outcome recorded settles its own clock and ends the other two. */
export const OUTCOME_CLOCKS = ['resolve', 'report-up', 'inform'] as const satisfies readonly ClockKind[];
export type OutcomeClock = (typeof OUTCOME_CLOCKS)[number];

export interface ClockLimits {
  readonly acceptWithin: number;
  readonly replyWithin: number;
  readonly resolveWithin: number;
  /** Complex cases, after one approved extension (counted from submission like resolveWithin). */
  readonly extendedResolveWithin: number;
  readonly reportUpWithin: number;
  readonly informWithin: number;
}

/** Everything a jurisdiction configures about request handling. */
export interface AppealsPolicy {
  readonly defaults: ClockLimits;
  /** Overrides per category and priority. */
  readonly overrides: readonly {
    readonly category: RequestCategory;
    readonly priority: Priority;
    readonly limits: Partial<ClockLimits>;
  }[];
  /** A department may send a hand-off back within this many working days, else it falls to the default owner. */
  readonly sendBackWithin: number;
  /** Share of a clock after which a reminder is issued. */
  readonly reminderAt: number;
  /** Working days after the answer in which the enterprise may rate or reopen. */
  readonly feedbackWindow: number;
  readonly maxReopens: number;
  /** Unit that owns requests nobody claimed in time (首问负责制: nothing falls between units). */
  readonly defaultOwnerUnitId: string;
  /**
   * A pause stops the clocks for at most this many working days unless a supervisor approves a longer one;
   * beyond it the clocks run again, pause or not (*default* 5).
   */
  readonly pauseApprovalAfter: number;
  /** Working days a request's clocks may stand still over its whole life (*default* 30). */
  readonly pauseCapPerRequest: number;
  /**
   * End of office hours, China time (HH:MM, *default* 17:30). A request filed after it, or on a non-working
   * day, is received on the next working day: that day is day 0 and its clocks count from the day after.
   */
  readonly officeHoursEnd: string;
  /**
   * Working days a 督办 order gives the department to act on it (*default* 5); a reminder comes one working day
   * before, and an order still open after it is escalated to the next level (党工委、管委会, Hengkou 二(三)).
   */
  readonly supervisionOrderWithin: number;
  /** 回访: the supervision office calls the enterprise back within this many working days (*default* 1). */
  readonly callbackWithin: number;
  /** 整改: after a poor rating the department reports its rectification within this many days (*default* 15). */
  readonly rectificationWithin: number;
}

/**
 * *Defaults* from Shandong's 企业诉求接诉即办 practice (start 1, reply 3, resolve 15, complex 30);
 * report-up and inform limits (5) and the windows are ours where the sources are silent.
 */
export const DEFAULT_APPEALS_POLICY: AppealsPolicy = {
  defaults: {
    acceptWithin: 1,
    replyWithin: 3,
    resolveWithin: 15,
    extendedResolveWithin: 30,
    reportUpWithin: 5,
    informWithin: 5,
  },
  overrides: [],
  sendBackWithin: 2,
  reminderAt: 0.75,
  feedbackWindow: 15,
  maxReopens: 2,
  defaultOwnerUnitId: 'unit-business-environment-office',
  pauseApprovalAfter: 5,
  pauseCapPerRequest: 30,
  officeHoursEnd: '17:30',
  supervisionOrderWithin: 5,
  callbackWithin: 1,
  rectificationWithin: 15,
};

/** A policy as stored before later settings existed gets their defaults (events are never rewritten). */
export const withPolicyDefaults = (
  policy: Partial<AppealsPolicy> & Pick<AppealsPolicy, 'defaults'>,
): AppealsPolicy => ({
  ...DEFAULT_APPEALS_POLICY,
  ...policy,
});

export const limitsFor = (
  policy: AppealsPolicy,
  category: RequestCategory,
  priority: Priority,
): ClockLimits => ({
  ...policy.defaults,
  ...(policy.overrides.find((o) => o.category === category && o.priority === priority)?.limits ?? {}),
});

export const clockLimit = (limits: ClockLimits, clock: ClockKind): number => {
  switch (clock) {
    case 'accept':
      return limits.acceptWithin;
    case 'reply':
      return limits.replyWithin;
    case 'resolve':
      return limits.resolveWithin;
    case 'report-up':
      return limits.reportUpWithin;
    case 'inform':
      return limits.informWithin;
  }
};
