import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { ReportCategory, ReportOutcome } from './misconduct-report-rules';

/** Whom a report is about, as the reporter knows them; the inspector links the official's account later. */
export interface AccusedOfficial {
  readonly name: string;
  /** The organisation unit (identity's catalogue) the official serves in: its discipline body receives it. */
  readonly unitId: string;
  readonly position: string | null;
  /** 主要负责人: the official heads that unit (the reporter says so, or the inspector sets it). */
  readonly headsUnit: boolean;
  /** The official's staff account once known (liaison's officials directory; set by the inspector). */
  readonly officialId: string | null;
}

/**
 * Who filed a real-name report: a walk-in identified at a kiosk, or a staff-entered record of a letter or a
 * visit. Anonymous reports carry none — and nothing else that points at the reporter (see docs).
 */
export interface RealNameReporter {
  readonly name: string;
  readonly phone: string;
  readonly creditCode: string | null;
  readonly via: 'kiosk' | 'staff';
}

export type MisconductReportFiled = DomainEvent<
  'MisconductReportFiled',
  {
    readonly reportId: string;
    readonly channel: 'anonymous' | 'real-name';
    readonly category: ReportCategory;
    readonly negativeListItemCode: string | null;
    readonly accused: AccusedOfficial;
    readonly description: string;
    /** China-local day of receipt: never a finer time, for anonymous reports the only time kept. */
    readonly filedOn: string;
    readonly reporter: RealNameReporter | null;
    /** Set when the accused heads the receiving unit: escalate one level up by this day. */
    readonly escalationDueOn: string | null;
  }
>;

/** More information from the reporter (through the receipt code) or entered by staff; the day only. */
export type MisconductReportSupplemented = DomainEvent<
  'MisconductReportSupplemented',
  { readonly text: string; readonly addedOn: string; readonly from: 'reporter' | 'inspector' }
>;

/** Every read by the discipline role, on the record (who, when, what). */
export type MisconductReportRead = DomainEvent<
  'MisconductReportRead',
  { readonly readBy: string; readonly readAt: string; readonly what: 'report' | 'flags' }
>;

export type MisconductReportAccusedIdentified = DomainEvent<
  'MisconductReportAccusedIdentified',
  {
    readonly officialId: string | null;
    readonly headsUnit: boolean;
    readonly escalationDueOn: string | null;
    readonly by: string;
    readonly at: string;
  }
>;

export type MisconductReportClassified = DomainEvent<
  'MisconductReportClassified',
  {
    readonly category: ReportCategory;
    readonly negativeListItemCode: string | null;
    readonly by: string;
    readonly at: string;
  }
>;

/** An answer the reporter reads with the receipt code and passphrase. */
export type MisconductReportAnswered = DomainEvent<
  'MisconductReportAnswered',
  { readonly text: string; readonly by: string; readonly at: string }
>;

export type MisconductReportEscalated = DomainEvent<
  'MisconductReportEscalated',
  { readonly toBody: string; readonly by: string; readonly at: string; readonly onTime: boolean }
>;

export type MisconductReportEscalationOverdue = DomainEvent<
  'MisconductReportEscalationOverdue',
  { readonly dueOn: string; readonly flaggedOn: string }
>;

export type MisconductReportConcluded = DomainEvent<
  'MisconductReportConcluded',
  {
    readonly outcome: ReportOutcome;
    /** GB/T 2260 division the conduct happened in: the only place the public count names. */
    readonly areaCode: string;
    readonly summary: string;
    readonly by: string;
    readonly at: string;
  }
>;

export type MisconductReportEvent =
  | MisconductReportFiled
  | MisconductReportSupplemented
  | MisconductReportRead
  | MisconductReportAccusedIdentified
  | MisconductReportClassified
  | MisconductReportAnswered
  | MisconductReportEscalated
  | MisconductReportEscalationOverdue
  | MisconductReportConcluded;

export const MISCONDUCT_REPORT_EVENT_TYPES: readonly MisconductReportEvent['type'][] = [
  'MisconductReportFiled',
  'MisconductReportSupplemented',
  'MisconductReportRead',
  'MisconductReportAccusedIdentified',
  'MisconductReportClassified',
  'MisconductReportAnswered',
  'MisconductReportEscalated',
  'MisconductReportEscalationOverdue',
  'MisconductReportConcluded',
];
