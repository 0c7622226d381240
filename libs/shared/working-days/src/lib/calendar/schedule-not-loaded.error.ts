/**
 * A calculation needed a year whose holiday notice is not loaded. Thrown rather than falling back to
 * "weekends only": a deadline computed without the year's 调休 days is silently wrong, which is worse than none.
 */
export class ScheduleNotLoadedError extends Error {
  readonly code = 'schedule-not-loaded';
  readonly year: number;
  readonly localizedMessage: { readonly zh: string; readonly en: string };

  constructor(year: number) {
    const localizedMessage = {
      zh: `尚未加载${year}年的节假日安排（国务院办公厅通知），无法计算工作日，请管理员先录入该年安排`,
      en: `The ${year} public-holiday schedule (State Council General Office notice) is not loaded, so working days cannot be computed; an administrator must load it first`,
    };
    super(`${localizedMessage.zh} / ${localizedMessage.en}`);
    this.name = 'ScheduleNotLoadedError';
    this.year = year;
    this.localizedMessage = localizedMessage;
  }
}
