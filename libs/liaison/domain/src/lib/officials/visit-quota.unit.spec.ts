import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visitQuota } from './visit-quota';

const base = {
  year: 2026,
  visitsPerYear: 3,
  startDate: '2025-03-01',
  endDate: null,
  today: '2026-07-01',
  visitDates: [] as string[],
};

describe('visit quota', () => {
  it('owes Hengkou’s 3 visits over a full year; at mid-year one visit is the pace', () => {
    expect(visitQuota(base)).toEqual({
      year: 2026,
      due: 3,
      done: 0,
      expectedByNow: 1,
      remaining: 3,
      status: 'behind',
    });
    expect(visitQuota({ ...base, visitDates: ['2026-02-10'] })).toMatchObject({ done: 1, status: 'on-pace' });
    expect(visitQuota({ ...base, visitDates: ['2025-12-30', '2026-02-10'] })).toMatchObject({ done: 1 });
    expect(visitQuota({ ...base, visitDates: ['2026-02-10', '2026-03-10', '2026-05-10'] })).toMatchObject({
      status: 'met',
      remaining: 0,
    });
  });

  it('keeps a Qingdao pairing (once a year) on pace until the year is over', () => {
    expect(visitQuota({ ...base, visitsPerYear: 1, today: '2026-12-30' })).toMatchObject({
      due: 1,
      expectedByNow: 0,
      status: 'on-pace',
    });
    expect(visitQuota({ ...base, visitsPerYear: 1, today: '2026-12-31' })).toMatchObject({
      expectedByNow: 1,
      status: 'behind',
    });
  });

  it('prorates a pairing that started or ended within the year, rounding a started visit up', () => {
    expect(visitQuota({ ...base, startDate: '2026-10-01', today: '2026-10-01' })).toMatchObject({
      due: 1,
      expectedByNow: 0,
      status: 'on-pace',
    });
    expect(visitQuota({ ...base, endDate: '2026-04-30', today: '2026-12-01' })).toMatchObject({
      due: 1,
      expectedByNow: 1,
    });
    expect(visitQuota({ ...base, startDate: '2027-01-02' })).toMatchObject({ due: 0, status: 'not-due' });
  });

  const date = fc
    .integer({ min: 0, max: 364 })
    .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
  const input = fc.record({
    year: fc.constant(2026),
    visitsPerYear: fc.integer({ min: 1, max: 12 }),
    startDate: fc.oneof(fc.constant('2025-06-01'), date),
    endDate: fc.option(date, { nil: null }),
    today: date,
    visitDates: fc.array(date, { maxLength: 15 }),
  });

  it('never owes more than the quota, never expects more than is due, and met means done ≥ due', () => {
    fc.assert(
      fc.property(input, (i) => {
        const q = visitQuota(i);
        expect(q.due).toBeLessThanOrEqual(i.visitsPerYear);
        expect(q.expectedByNow).toBeLessThanOrEqual(q.due);
        expect(q.status === 'met').toBe(q.due > 0 && q.done >= q.due);
        expect(q.remaining).toBe(Math.max(0, q.due - q.done));
      }),
    );
  });

  it('one more visit never makes the pace worse', () => {
    const rank = { 'not-due': 3, met: 2, 'on-pace': 1, behind: 0 } as const;
    fc.assert(
      fc.property(input, date, (i, extra) => {
        const before = visitQuota(i);
        const after = visitQuota({ ...i, visitDates: [...i.visitDates, extra] });
        expect(after.done).toBeGreaterThanOrEqual(before.done);
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
      }),
    );
  });

  it('at the end of a full year, behind exactly when fewer visits than due', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(date, { maxLength: 15 }),
        (perYear, visitDates) => {
          const q = visitQuota({ ...base, visitsPerYear: perYear, today: '2026-12-31', visitDates });
          expect(q.status === 'behind').toBe(visitDates.length < perYear);
        },
      ),
    );
  });
});
