import type { RowWrite, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { OUTCOME, RATING, RECEIVED, REDONE, RESPONDED, runFactWrites } from './performance-fact-writes.sql';

const recorder = () => {
  const sent: { sql: string; params: readonly unknown[] }[] = [];
  const tx: SqlExecutor = {
    query: async (sql, params = []) => {
      sent.push({ sql, params });
      return { rows: [], affectedRows: 0 };
    },
  };
  return { tx, sent };
};

const fact = (table: string, sql: string, key: string, ...row: unknown[]): RowWrite => ({
  table,
  sql,
  row,
  key,
});

const received = (requestId: string) =>
  fact('appeals_perf3_received', RECEIVED, `${requestId}/dept`, requestId, 'dept', '2026-06-01', false);
const responded = (requestId: string) =>
  fact('appeals_perf3_received', RESPONDED, `${requestId}/dept`, requestId, 'dept');
const outcome = (requestId: string) =>
  fact('appeals_perf3_outcomes', OUTCOME, `${requestId}/0`, requestId, 0, 'dept', 'resolved', '2026-06-03');
const redone = (requestId: string) => fact('appeals_perf3_outcomes', REDONE, `${requestId}/0`, requestId, 0);
const rating = (requestId: string) =>
  fact(
    'appeals_perf3_ratings',
    RATING,
    `${requestId}/self`,
    requestId,
    'self',
    'dept',
    'satisfied',
    '2026-06-04',
  );

/** The parameters of `received('r1')` and `received('r2')` as one statement, and of `outcome('r1')`. */
const RECEIVED_R1_R2 = [
  ['r1', 'r2'],
  ['dept', 'dept'],
  ['2026-06-01', '2026-06-01'],
  [false, false],
];
const OUTCOME_R1 = [['r1'], [0], ['dept'], ['resolved'], ['2026-06-03']];

describe('runFactWrites', () => {
  it('sends a fact write alone as its own statement', async () => {
    const { tx, sent } = recorder();

    await runFactWrites(tx, [received('r1')]);

    expect(sent).toEqual([{ sql: RECEIVED, params: [['r1'], ['dept'], ['2026-06-01'], [false]] }]);
  });

  it('sends the facts of different tables together: one statement, one upsert of the unit days', async () => {
    const { tx, sent } = recorder();

    await runFactWrites(tx, [received('r1'), outcome('r1'), rating('r1'), received('r2')]);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.sql.match(/INSERT INTO appeals_perf3_unit_days/gu)).toHaveLength(1);
    // Each table's arrays in turn, numbered on from the previous table's.
    expect(sent[0]?.params).toEqual([
      ...RECEIVED_R1_R2,
      ...OUTCOME_R1,
      ['r1'],
      ['self'],
      ['dept'],
      ['satisfied'],
      ['2026-06-04'],
    ]);
    expect(sent[0]?.sql).toContain('$14::date[]');
  });

  it('keeps a row’s later write for the next round, with the other tables’ next writes', async () => {
    const { tx, sent } = recorder();

    await runFactWrites(tx, [received('r1'), outcome('r1'), responded('r1'), redone('r1'), received('r2')]);

    // Round one: both received rows and the outcome; round two: the flags set on the rows round one wrote.
    expect(sent.map(({ params }) => params)).toEqual([
      [...RECEIVED_R1_R2, ...OUTCOME_R1],
      [['r1'], ['dept'], ['r1'], [0]],
    ]);
    expect(sent[1]?.sql).toMatch(/SET responded = true[\s\S]*SET redone = true/u);
  });

  it('sends the statements alongside with the first round, their parameters first, or alone without facts', async () => {
    const { tx, sent } = recorder();
    const tracking = {
      sql: 'INSERT INTO appeals_perf3_requests SELECT * FROM jsonb_to_recordset($1::jsonb)',
      params: ['[]'],
    };

    await runFactWrites(tx, [received('r1'), received('r2'), responded('r1')], [tracking]);
    await runFactWrites(tx, [], [tracking]);

    expect(sent.map(({ params }) => params)).toEqual([['[]', ...RECEIVED_R1_R2], [['r1'], ['dept']], ['[]']]);
    expect(sent[0]?.sql).toMatch(
      /^WITH a0 AS \(\nINSERT INTO appeals_perf3_requests .*\$1::jsonb\)\n\),\nw0 AS \(INSERT INTO appeals_perf3_received/u,
    );
    expect(sent[0]?.sql).toContain('unnest($2::text[], $3::text[], $4::date[], $5::boolean[])');
    expect(sent[1]?.sql).not.toContain('appeals_perf3_requests');
    expect(sent[2]?.sql).toBe(tracking.sql);
    // The same facts with and without the tracking: each numbered from where its statement starts.
    await runFactWrites(tx, [received('r1'), received('r2')], [tracking, tracking]);
    await runFactWrites(tx, [received('r1'), received('r2')]);
    expect(sent[3]?.sql).toContain('unnest($3::text[], $4::text[], $5::date[], $6::boolean[])');
    expect(sent[4]?.sql).toContain('unnest($1::text[], $2::text[], $3::date[], $4::boolean[])');
  });

  it('refuses a write that is not one of the rates’ facts', async () => {
    const { tx } = recorder();

    await expect(
      runFactWrites(tx, [fact('appeals_perf3_received', 'DELETE FROM x', 'k', 'r1'), rating('r1')]),
    ).rejects.toThrow(/not a fact write of the rates/u);
  });
});
