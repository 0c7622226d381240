/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** The date in China (UTC+8, no daylight saving) at an instant: the day officials and enterprises live in. */
export const chinaDateOf = (instant: Date): string =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Days from `a` to `b` (both `YYYY-MM-DD`); negative when b comes first. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
