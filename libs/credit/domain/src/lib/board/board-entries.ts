import {
  endOfMonthsPeriod,
  formatCalendarDate,
  nextDay,
  parseCalendarDate,
} from '../disclosure/calendar-date';
import { type DisclosurePeriod, disclosureStatusOn, type Severity } from '../disclosure/disclosure-period';
import type { Polarity, RecordKind } from '../integrity-record/integrity-record.values';
import type { BoardPeriod } from './board-period';

/**
 * A record as the board reads it from the integrity file: its public facts and periods, and — once the repair
 * and objection slices record them — the day it was repaired (信用修复) or withdrawn (撤销). Both are optional so
 * that the selection works before and after those states exist.
 */
export interface BoardRecord {
  readonly documentNumber: string;
  readonly kind: RecordKind;
  readonly polarity: Polarity;
  readonly severity: Severity | null;
  readonly issuingAuthority: string;
  readonly decidedOn: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly disclosure: DisclosurePeriod | null;
  readonly repairedOn?: string | null;
  readonly withdrawnOn?: string | null;
}

/** One line of a board: the decision and the enterprise. No evidence reference, no person's name. */
export interface BoardEntry {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly documentNumber: string;
  readonly kind: RecordKind;
  readonly severity: Severity | null;
  readonly issuingAuthority: string;
  readonly decidedOn: string;
  /** The last day of publication (black list); null on the red list. */
  readonly publicUntil: string | null;
}

export interface BoardEntries {
  readonly red: readonly BoardEntry[];
  readonly black: readonly BoardEntry[];
}

/** How far back the red list looks: positive records decided within the 12 months ending on the last day. */
export const RED_LIST_MONTHS = 12;

const entryOf = (record: BoardRecord): BoardEntry => ({
  creditCode: record.creditCode,
  enterpriseName: record.enterpriseName,
  documentNumber: record.documentNumber,
  kind: record.kind,
  severity: record.severity,
  issuingAuthority: record.issuingAuthority,
  decidedOn: record.decidedOn,
  publicUntil: record.polarity === 'negative' ? (record.disclosure?.publicUntil ?? null) : null,
});

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { serious: 0, general: 1, minor: 2 };

const byDecisionNewestFirst = (a: BoardEntry, b: BoardEntry): number =>
  b.decidedOn.localeCompare(a.decidedOn) || a.documentNumber.localeCompare(b.documentNumber);

/** Withdrawn records never count: a record withdrawn (on objection) was not a valid decision at all. */
const withdrawn = (record: BoardRecord): boolean => (record.withdrawnOn ?? null) !== null;

/**
 * On the black list: a negative record whose publication runs on the period's last day (《信用修复管理办法》:
 * published or repairable — not expired, not minor, which is not published), decided by then, not repaired by
 * then, not withdrawn. So an entry leaves the next board once repaired or expired.
 */
export const isOnBlackList = (record: BoardRecord, lastDay: string): boolean => {
  if (record.polarity !== 'negative' || record.disclosure === null || withdrawn(record)) return false;
  if (record.decidedOn > lastDay) return false;
  const repairedOn = record.repairedOn ?? null;
  if (repairedOn !== null && repairedOn <= lastDay) return false;
  const status = disclosureStatusOn(record.disclosure, lastDay);
  return status === 'published' || status === 'repairable';
};

/** The first day of the red list's window: the day after the same date 12 months before the last day. */
export const redListFrom = (lastDay: string): string => {
  const last = parseCalendarDate(lastDay);
  if (last === null) throw new Error(`Not a date: ${lastDay}`);
  return formatCalendarDate(nextDay(endOfMonthsPeriod(last, -RED_LIST_MONTHS)));
};

/**
 * The board of a period, from the integrity file (Hengkou 五(十三) 褒扬诚信、惩戒失信): the black list as above,
 * serious first then newest decision; the red list — praise and honours decided within the 12 months ending on
 * the last day, of enterprises with nothing on the black list — newest first. Pure: the same records and period
 * always give the same board.
 */
export const selectBoardEntries = (records: readonly BoardRecord[], period: BoardPeriod): BoardEntries => {
  const black = records.filter((record) => isOnBlackList(record, period.lastDay)).map(entryOf);
  const blacklisted = new Set(black.map((entry) => entry.creditCode));
  const from = redListFrom(period.lastDay);
  const red = records
    .filter(
      (record) =>
        record.polarity === 'positive' &&
        !withdrawn(record) &&
        record.decidedOn >= from &&
        record.decidedOn <= period.lastDay &&
        !blacklisted.has(record.creditCode),
    )
    .map(entryOf);
  return {
    red: red.sort(byDecisionNewestFirst),
    black: black.sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity ?? 'minor'] - SEVERITY_ORDER[b.severity ?? 'minor'] ||
        byDecisionNewestFirst(a, b),
    ),
  };
};
