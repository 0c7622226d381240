import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { requestsProjection } from './requests.projection';

const clock = fc.record(
  {
    due: fc.constantFrom('2026-01-05', '2026-02-28', '2025-12-31'),
    status: fc.constantFrom('running', 'overdue', 'met', 'late', 'ended'),
    settledOn: fc.constant(null),
    reminded: fc.boolean(),
  },
  { requiredKeys: ['status'] },
);

const clocks = fc.record(
  { accept: clock, reply: clock, resolve: clock, 'report-up': clock, inform: clock },
  { requiredKeys: [] },
);

/** The rule itself, as a query: the nearest due of a running or overdue accept, reply or resolve clock. */
const BY_RULE = `SELECT CASE WHEN $2::boolean THEN DATE '9999-12-31' ELSE coalesce(
    (SELECT min((c.value->>'due')::date) FROM jsonb_each($1::jsonb) c
     WHERE c.key IN ('accept', 'reply', 'resolve') AND c.value->>'status' IN ('running', 'overdue')),
    DATE '9999-12-31') END::text AS due`;

describeEachBackend('appeals_sort_due, the inbox’s order and overdue filter', (database) => {
  beforeAll(async () => {
    await requestsProjection.setup(database().db);
  });

  it('is the nearest due date of a running or overdue accept, reply or resolve clock; 9999-12-31 when paused or none', async () => {
    const { db } = database();
    await fc.assert(
      fc.asyncProperty(clocks, fc.boolean(), async (tracked, paused) => {
        const params = [JSON.stringify(tracked), paused];
        const [computed] = (
          await db.query<{ due: string }>(
            'SELECT appeals_sort_due($1::jsonb, $2::boolean)::text AS due',
            params,
          )
        ).rows;
        const [expected] = (await db.query<{ due: string }>(BY_RULE, params)).rows;
        expect(computed).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    const example = {
      accept: { due: '2026-02-28', status: 'overdue' },
      reply: { due: '2026-01-05', status: 'running' },
      resolve: { due: '2025-12-31', status: 'met' },
    };
    const [due] = (
      await db.query<{ due: string }>('SELECT appeals_sort_due($1::jsonb, false)::text AS due', [
        JSON.stringify(example),
      ])
    ).rows;
    expect(due).toEqual({ due: '2026-01-05' });
  });
});
