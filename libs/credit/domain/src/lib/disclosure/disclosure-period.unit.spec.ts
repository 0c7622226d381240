import { describe, expect, it } from 'vitest';
import { disclosurePeriod, disclosureStatusOn, type DisclosurePeriod } from './disclosure-period';

const periodFor = (severity: string, decidedOn: string): DisclosurePeriod => {
  const answer = disclosurePeriod(severity, decidedOn);
  if (!answer.ok) throw new Error(answer.error.message.en);
  return answer.period;
};

describe('disclosure periods (《信用修复管理办法》, counted as 民法典 201–202)', () => {
  it('the issue’s example: general, decided 2026-05-10', () => {
    expect(periodFor('general', '2026-05-10')).toEqual({
      published: true,
      minimumEnds: '2026-08-10',
      repairableFrom: '2026-08-11',
      publicUntil: '2027-05-10',
    });
  });

  it.each([
    // severity, decided on, minimum ends, repairable from, public until
    ['general', '2026-11-30', '2027-02-28', '2027-03-01', '2027-11-30'],
    ['general', '2027-11-30', '2028-02-29', '2028-03-01', '2028-11-30'],
    ['general', '2026-12-31', '2027-03-31', '2027-04-01', '2027-12-31'],
    ['general', '2026-10-31', '2027-01-31', '2027-02-01', '2027-10-31'],
    ['general', '2026-04-30', '2026-07-30', '2026-07-31', '2027-04-30'],
    ['general', '2024-02-29', '2024-05-29', '2024-05-30', '2025-02-28'],
    ['serious', '2026-05-10', '2027-05-10', '2027-05-11', '2029-05-10'],
    ['serious', '2024-02-29', '2025-02-28', '2025-03-01', '2027-02-28'],
    ['serious', '2025-02-28', '2026-02-28', '2026-03-01', '2028-02-28'],
    ['serious', '2026-12-31', '2027-12-31', '2028-01-01', '2029-12-31'],
  ])(
    '%s decided %s: minimum ends %s, repairable from %s, public until %s',
    (severity, decidedOn, min, from, until) => {
      expect(periodFor(severity, decidedOn)).toEqual({
        published: true,
        minimumEnds: min,
        repairableFrom: from,
        publicUntil: until,
      });
    },
  );

  it('minor is not published and is repairable from the decision date', () => {
    expect(periodFor('minor', '2026-05-10')).toEqual({
      published: false,
      minimumEnds: null,
      repairableFrom: '2026-05-10',
      publicUntil: null,
    });
  });

  it('refuses a severity that does not exist, naming the field and the measures in both languages', () => {
    const answer = disclosurePeriod('grave', '2026-05-10');
    expect(answer).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        code: 'unknown-severity',
        field: 'severity',
        rule: { rule: 'disclosure-period' },
      },
    });
    if (answer.ok) return;
    expect(answer.error.message.zh).toContain('信用修复管理办法');
    expect(answer.error.message.en).toContain('minor, general or serious');
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '26-05-10',
    '2026-5-10',
    '9997-01-01',
    '',
  ])('refuses the decision date “%s”, naming the field', (decidedOn) => {
    expect(disclosurePeriod('general', decidedOn)).toMatchObject({
      ok: false,
      error: { kind: 'validation', code: 'invalid-decision-date', field: 'decidedOn' },
    });
  });

  it('takes the leap day of a leap year and the last year whose end still has four digits', () => {
    expect(periodFor('serious', '2000-02-29').publicUntil).toBe('2003-02-28');
    expect(periodFor('serious', '9996-12-31').publicUntil).toBe('9999-12-31');
  });
});

describe('where a record stands on a day', () => {
  const general = periodFor('general', '2026-05-10');

  it('is published while the minimum runs, repairable after it, expired after the maximum', () => {
    expect(disclosureStatusOn(general, '2026-05-10')).toBe('published');
    expect(disclosureStatusOn(general, '2026-08-10')).toBe('published');
    expect(disclosureStatusOn(general, '2026-08-11')).toBe('repairable');
    expect(disclosureStatusOn(general, '2027-05-10')).toBe('repairable');
    expect(disclosureStatusOn(general, '2027-05-11')).toBe('expired');
  });

  it('a minor record is never published', () => {
    expect(disclosureStatusOn(periodFor('minor', '2026-05-10'), '2026-05-10')).toBe('unpublished');
    expect(disclosureStatusOn(periodFor('minor', '2026-05-10'), '2030-01-01')).toBe('unpublished');
  });
});
