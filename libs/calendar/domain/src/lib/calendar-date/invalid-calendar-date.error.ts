export type InvalidCalendarDateReason = 'format' | 'year' | 'month' | 'day';

/** Input that is not a real `YYYY-MM-DD` calendar date. Carries the reason so callers can answer per field. */
export class InvalidCalendarDateError extends Error {
  readonly code = 'invalid-calendar-date';
  readonly input: string;
  readonly reason: InvalidCalendarDateReason;
  readonly localizedMessage: { readonly zh: string; readonly en: string };

  constructor(input: string, reason: InvalidCalendarDateReason) {
    const localizedMessage = describe(input, reason);
    super(`${localizedMessage.zh} / ${localizedMessage.en}`);
    this.name = 'InvalidCalendarDateError';
    this.input = input;
    this.reason = reason;
    this.localizedMessage = localizedMessage;
  }
}

const describe = (
  input: string,
  reason: InvalidCalendarDateReason,
): { readonly zh: string; readonly en: string } => {
  const shown = JSON.stringify(input);
  switch (reason) {
    case 'format':
      return {
        zh: `日期 ${shown} 格式不正确，应为 YYYY-MM-DD（例如 2025-10-09）`,
        en: `Date ${shown} is not in YYYY-MM-DD form (for example 2025-10-09)`,
      };
    case 'year':
      return { zh: `日期 ${shown} 的年份超出 0001–9999`, en: `Date ${shown} has a year outside 0001–9999` };
    case 'month':
      return { zh: `日期 ${shown} 的月份应在 01–12 之间`, en: `Date ${shown} has a month outside 01–12` };
    case 'day':
      return { zh: `日期 ${shown} 在日历上不存在`, en: `Date ${shown} does not exist in the calendar` };
  }
};
