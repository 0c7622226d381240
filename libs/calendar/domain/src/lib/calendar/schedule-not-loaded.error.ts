import { ReferenceDataMissingError } from '@qinqing/shared/domain-kernel';
import { PROVISIONAL_YEARS } from '../statutory/statutory-festivals';

/**
 * A calculation needed a year the calendar cannot answer: its notice is not loaded and it lies outside the years
 * answered provisionally from the statutory festivals (2025–2099). Thrown rather than guessing from weekends.
 */
export class ScheduleNotLoadedError extends ReferenceDataMissingError {
  readonly code = 'schedule-not-loaded';
  readonly year: number;
  readonly localizedMessage: { readonly zh: string; readonly en: string };

  constructor(year: number) {
    const localizedMessage = {
      zh: `${year}年不在工作日计算支持的年份内（${PROVISIONAL_YEARS.from}–${PROVISIONAL_YEARS.to}年，或已载入节假日安排的年份），无法计算工作日`,
      en: `${year} is outside the years working days can be computed for (${PROVISIONAL_YEARS.from}–${PROVISIONAL_YEARS.to}, or a year whose holiday notice is loaded)`,
    };
    super(`${localizedMessage.zh} / ${localizedMessage.en}`);
    this.name = 'ScheduleNotLoadedError';
    this.year = year;
    this.localizedMessage = localizedMessage;
  }
}
