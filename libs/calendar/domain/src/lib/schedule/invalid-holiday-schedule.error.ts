export type ScheduleProblemCode =
  | 'year'
  | 'year-not-supported'
  | 'source'
  | 'date-format'
  | 'date-outside-year'
  | 'previous-december-not-new-year'
  | 'empty-holiday'
  | 'duplicate-date'
  | 'holiday-and-make-up-day'
  | 'make-up-day-not-weekend'
  | 'festival-missing'
  | 'statutory-day-missing';

export interface ScheduleProblem {
  readonly code: ScheduleProblemCode;
  readonly message: { readonly zh: string; readonly en: string };
  /** The offending date or field, when there is one. */
  readonly subject?: string;
  /**
   * Where in the input the problem is, as a dotted path (`holidays.1.dates.0`, `makeUpWorkingDays.2`,
   * `source.documentNumber`, `holidays` for something missing), so a form can show it next to the field.
   */
  readonly field: string;
}

/** A schedule broke one or more invariants; all problems are listed so an administrator can fix them at once. */
export class InvalidHolidayScheduleError extends Error {
  readonly code = 'invalid-holiday-schedule';
  readonly year: number;
  readonly problems: readonly ScheduleProblem[];

  constructor(year: number, problems: readonly ScheduleProblem[]) {
    super(
      [
        `${year}年节假日安排数据无效 / The ${year} holiday schedule is invalid:`,
        ...problems.map((problem) => `- ${problem.message.zh} / ${problem.message.en}`),
      ].join('\n'),
    );
    this.name = 'InvalidHolidayScheduleError';
    this.year = year;
    this.problems = problems;
  }
}
