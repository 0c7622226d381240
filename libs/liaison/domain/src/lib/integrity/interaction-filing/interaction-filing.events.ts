import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { ActivityKind } from './activity-kinds';

/** Who holds the activity: an enterprise (by 统一社会信用代码) or a chamber (商会), named, code when it has one. */
export type Organiser =
  | { readonly kind: 'enterprise'; readonly creditCode: string; readonly name: string }
  | { readonly kind: 'chamber'; readonly name: string; readonly creditCode?: string };

/** 政商交往报备: an official asks the superior to attend an enterprise or chamber activity. */
export type InteractionFiled = DomainEvent<
  'InteractionFiled',
  {
    readonly filingId: string;
    readonly officialId: string;
    readonly superiorId: string;
    readonly jurisdiction: string;
    readonly activityKind: ActivityKind;
    readonly organiser: Organiser;
    /** Every enterprise involved (the organiser's code first when it has one): what recusal is checked against. */
    readonly enterpriseCreditCodes: readonly string[];
    readonly title: string;
    readonly purpose: string;
    /** China-local date of the activity. */
    readonly eventDate: string;
    readonly filedAt: string;
  }
>;

export type FilingApproved = DomainEvent<
  'FilingApproved',
  {
    readonly filingId: string;
    readonly approvedBy: string;
    /** The report is due by the end of this China-local day (eventDate + N working days). */
    readonly reportDue: string;
    readonly reportWithinWorkingDays: number;
    readonly approvedAt: string;
  }
>;

export type FilingRefused = DomainEvent<
  'FilingRefused',
  {
    readonly filingId: string;
    readonly refusedBy: string;
    readonly reason: string;
    readonly refusedAt: string;
  }
>;

export type InteractionReported = DomainEvent<
  'InteractionReported',
  {
    readonly filingId: string;
    readonly summary: string;
    /** The conduct rules were kept (K 五(4), Q 四(十一)): no costs shifted to the enterprise. */
    readonly conductKept: boolean;
    readonly late: boolean;
    readonly reportedAt: string;
  }
>;

/** The report was not in by its due date: an alert for the superior and supervision (raised once). */
export type FilingReportOverdue = DomainEvent<
  'FilingReportOverdue',
  { readonly filingId: string; readonly reportDue: string; readonly flaggedAt: string }
>;

export type InteractionFilingEvent =
  InteractionFiled | FilingApproved | FilingRefused | InteractionReported | FilingReportOverdue;
