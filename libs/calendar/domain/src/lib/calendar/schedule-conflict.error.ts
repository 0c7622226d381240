export type ScheduleConflictReason =
  /** The year is loaded and the caller did not ask to replace it. */
  | 'already-loaded'
  /** Replacement asked for, but with the notice already loaded (same document number and date). */
  | 'same-source'
  /** Replacement asked for with a notice published before the loaded one. */
  | 'older-source'
  /** A December date of a next-year notice contradicts the loaded schedule of that December's year. */
  | 'cross-year-conflict';

/** Loading a schedule would overwrite or contradict what the calendar holds without an explicit, newer source. */
export class ScheduleConflictError extends Error {
  readonly code = 'schedule-conflict';
  readonly year: number;
  readonly reason: ScheduleConflictReason;
  readonly localizedMessage: { readonly zh: string; readonly en: string };

  constructor(
    year: number,
    reason: ScheduleConflictReason,
    detail: { readonly zh: string; readonly en: string },
  ) {
    super(`${detail.zh} / ${detail.en}`);
    this.name = 'ScheduleConflictError';
    this.year = year;
    this.reason = reason;
    this.localizedMessage = detail;
  }
}
