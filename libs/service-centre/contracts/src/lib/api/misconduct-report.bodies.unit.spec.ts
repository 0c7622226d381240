import { describe, expect, it } from 'vitest';
import { flagPageQuery } from './misconduct-report.bodies';

const accepts = (after: string) => flagPageQuery.safeParse({ after }).success;

describe('the flagged review cursor (after)', () => {
  it('takes what a page hands out: a day or a UTC instant to the millisecond, a bar, an id', () => {
    expect(accepts('2025-11-20|demo-pairing-2')).toBe(true);
    expect(accepts('2026-12-04T20:25:50.718Z|01960000-0000-7000-8000-00000000f005')).toBe(true);
    expect(accepts('2026-12-04T20:25:50Z|a')).toBe(true);
  });

  it('refuses a time of day that is no time, which the database would reject (a 500, not a 400)', () => {
    expect(accepts('2026-01-01T99:99:99Z|x')).toBe(false);
    expect(accepts('2026-01-01T24:00:00Z|x')).toBe(false);
    expect(accepts('2026-01-01T23:60:00Z|x')).toBe(false);
    expect(accepts('2026-01-01T23:59:60Z|x')).toBe(false);
  });

  it('refuses a day that is no day, or before 1900', () => {
    expect(accepts('2026-02-30|x')).toBe(false);
    expect(accepts('1899-12-31|x')).toBe(false);
  });
});
