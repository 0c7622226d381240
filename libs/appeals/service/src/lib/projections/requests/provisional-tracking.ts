import {
  type DueDateKind,
  dueDatesSetBy,
  type EnterpriseRequestEvent,
  type ProvisionalDueDates,
  provisionalMarksAfter,
} from '@qinqing/appeals/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import type { TrackedClocks } from '../clock-tracking';

interface ProvisionalRow {
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
 * row has taken the event. Runs after the row update, so it sees the new status, clocks and windows.
 */
export const trackProvisionalDueDates = async (
  tx: SqlExecutor,
  requestId: string,
  event: EnterpriseRequestEvent,
): Promise<void> => {
  const setsDates =
    event.type === 'DueDatesMarkedProvisional' || Object.keys(dueDatesSetBy(event)).length > 0;
  const { rows } = await tx.query<ProvisionalRow>(
    `SELECT status, clocks, provisional, provisional_year, claim_by, feedback_due FROM appeals_requests
     WHERE request_id = $1 AND (provisional <> '{}'::jsonb OR $2::boolean)`,
    [requestId, setsDates],
  );
  const row = rows[0];
  if (row === undefined) return;
  const marks = provisionalMarksAfter(row.provisional, event);
  const year = provisionalYearOf(row, marks);
  if (JSON.stringify(marks) === JSON.stringify(row.provisional) && year === row.provisional_year) return;
  await tx.query(
    'UPDATE appeals_requests SET provisional = $2, provisional_year = $3 WHERE request_id = $1',
    [requestId, JSON.stringify(marks), year],
  );
};
