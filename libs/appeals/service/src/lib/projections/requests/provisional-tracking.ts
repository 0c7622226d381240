import {
  type DueDateKind,
  type EnterpriseRequestEvent,
  type ProvisionalDueDates,
  provisionalMarksAfter,
} from '@qinqing/appeals/domain';
import type { TrackedClocks } from '../clock-tracking';

export interface ProvisionalRow {
  readonly status: string;
  readonly clocks: TrackedClocks;
  readonly provisional: ProvisionalDueDates;
  readonly provisional_year: number | null;
  readonly claim_by: string | Date | null;
  readonly feedback_due: string | Date | null;
}

const dateText = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Whether a provisional mark still describes the date the request is held to (the same rule as the domain's). */
export const markInForce = (
  row: Pick<ProvisionalRow, 'status' | 'clocks' | 'claim_by' | 'feedback_due'>,
  kind: DueDateKind,
  due: string,
): boolean => {
  switch (kind) {
    case 'claim':
      return row.status === 'awaiting-acceptance' && dateText(row.claim_by) === due;
    case 'feedback':
      return row.status === 'answered' && dateText(row.feedback_due) === due;
    default: {
      const clock = row.clocks[kind];
      return (
        clock !== undefined && (clock.status === 'running' || clock.status === 'overdue') && clock.due === due
      );
    }
  }
};

/** The earliest year a due date in force waits for: the scheduler's index of requests to re-derive. */
export const provisionalYearOf = (
  row: Pick<ProvisionalRow, 'status' | 'clocks' | 'claim_by' | 'feedback_due'>,
  marks: ProvisionalDueDates,
): number | null => {
  const years = (Object.entries(marks) as [DueDateKind, NonNullable<ProvisionalDueDates[DueDateKind]>][])
    .filter(([kind, mark]) => markInForce(row, kind, mark.due))
    .flatMap(([, mark]) => mark.years);
  return years.length === 0 ? null : Math.min(...years);
};

/**
 * Keeps `provisional` (the marks, as the domain folds them) and `provisional_year` current after the request's
 * row has taken the event: computed on the row as it is after the event (its new status, clocks and windows).
 * Null when neither changes.
 */
export const provisionalColumnsAfter = (
  row: ProvisionalRow,
  event: EnterpriseRequestEvent,
): Pick<ProvisionalRow, 'provisional' | 'provisional_year'> | null => {
  const marks = provisionalMarksAfter(row.provisional, event);
  const year = provisionalYearOf(row, marks);
  if (marks === row.provisional && year === row.provisional_year) return null;
  if (JSON.stringify(marks) === JSON.stringify(row.provisional) && year === row.provisional_year) return null;
  return { provisional: marks, provisional_year: year };
};
