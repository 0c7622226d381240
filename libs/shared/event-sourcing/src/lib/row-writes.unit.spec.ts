import { describe, expect, it } from 'vitest';
import { type RowWrite, runRowWrites, runRowWritesTogether } from './row-writes';
import type { SqlExecutor } from './sql.port';

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

const write = (table: string, sql: string, ...row: unknown[]): RowWrite => ({ table, sql, row });

describe('runRowWrites', () => {
  it('sends each table’s consecutive writes of one kind as one statement, columns as arrays in row order', async () => {
    const { tx, sent } = recorder();

    await runRowWrites(tx, [
      write('facts', 'INSERT facts', 'r1', 1),
      write('flags', 'SET flag', 'r1'),
      write('facts', 'INSERT facts', 'r2', 2),
      write('facts', 'INSERT facts', 'r3', 3),
    ]);

    expect(sent).toEqual([
      {
        sql: 'INSERT facts',
        params: [
          ['r1', 'r2', 'r3'],
          [1, 2, 3],
        ],
      },
      { sql: 'SET flag', params: [['r1']] },
    ]);
  });

  it('keeps a table’s order: a different write in between starts a new statement', async () => {
    const { tx, sent } = recorder();

    await runRowWrites(tx, [
      write('received', 'INSERT received', 'r1'),
      write('received', 'SET responded', 'r1'),
      write('received', 'INSERT received', 'r2'),
    ]);

    expect(sent.map((s) => [s.sql, s.params])).toEqual([
      ['INSERT received', [['r1']]],
      ['SET responded', [['r1']]],
      ['INSERT received', [['r2']]],
    ]);
  });

  it('lets a keyed write join an earlier statement of its kind past writes of other rows', async () => {
    const { tx, sent } = recorder();
    const keyed = (sql: string, key: string): RowWrite => ({ table: 'received', sql, row: [key], key });

    await runRowWrites(tx, [
      keyed('INSERT received', 'r1'),
      keyed('SET responded', 'r1'),
      keyed('INSERT received', 'r2'),
      keyed('SET responded', 'r2'),
      keyed('INSERT received', 'r1'),
    ]);

    expect(sent.map((s) => [s.sql, s.params])).toEqual([
      ['INSERT received', [['r1', 'r2']]],
      ['SET responded', [['r1', 'r2']]],
      // r1 was flagged in between: its second insert stays after the flag.
      ['INSERT received', [['r1']]],
    ]);
  });

  it('keeps keyed writes behind an unkeyed write of the table', async () => {
    const { tx, sent } = recorder();
    const keyed = (sql: string, key: string): RowWrite => ({ table: 'received', sql, row: [key], key });

    await runRowWrites(tx, [
      keyed('INSERT received', 'r1'),
      write('received', 'SET responded', 'all'),
      keyed('INSERT received', 'r2'),
    ]);

    expect(sent.map((s) => [s.sql, s.params])).toEqual([
      ['INSERT received', [['r1']]],
      ['SET responded', [['all']]],
      ['INSERT received', [['r2']]],
    ]);
  });

  it('sends nothing for no writes', async () => {
    const { tx, sent } = recorder();
    await runRowWrites(tx, []);
    expect(sent).toEqual([]);
  });
});

describe('runRowWritesTogether', () => {
  it('sends the n-th statement of every table in one, the first round with the statements alongside', async () => {
    const { tx, sent } = recorder();
    const keyed = (table: string, sql: string, key: string): RowWrite => ({ table, sql, row: [key], key });

    await runRowWritesTogether(
      tx,
      [
        keyed('orders', 'INSERT INTO orders SELECT * FROM unnest($1::text[])', 'o1'),
        keyed('orders', 'UPDATE orders SET open = false FROM unnest($1::text[]) AS u(o)', 'o1'),
        keyed('follow_ups', 'INSERT INTO follow_ups SELECT * FROM unnest($1::text[])', 'f1'),
      ],
      [{ sql: 'INSERT INTO requests SELECT * FROM jsonb_to_recordset($1::jsonb)', params: ['[]'] }],
    );

    expect(sent).toEqual([
      {
        sql: [
          'WITH w0 AS (',
          'INSERT INTO requests SELECT * FROM jsonb_to_recordset($1::jsonb)',
          '),',
          'w1 AS (',
          'INSERT INTO orders SELECT * FROM unnest($2::text[])',
          '),',
          'w2 AS (',
          'INSERT INTO follow_ups SELECT * FROM unnest($3::text[])',
          ')',
          'SELECT NULL',
        ].join('\n'),
        params: ['[]', ['o1'], ['f1']],
      },
      // The order's second write sees the first's row: a round of its own, alone, as it is.
      { sql: 'UPDATE orders SET open = false FROM unnest($1::text[]) AS u(o)', params: [['o1']] },
    ]);
  });

  it('asks the primary with the first round and returns its rows, even with nothing to write', async () => {
    const sent: string[] = [];
    const tx: SqlExecutor = {
      query: async <Row extends object>(sql: string) => {
        sent.push(sql);
        return { rows: [{ relname: 'requests' }] as unknown as Row[], affectedRows: 0 };
      },
    };

    expect(await runRowWritesTogether(tx, [], [], 'SELECT relname FROM stale')).toEqual([
      { relname: 'requests' },
    ]);
    expect(
      await runRowWritesTogether(
        tx,
        [],
        [{ sql: 'UPDATE requests SET a = $1', params: [1] }],
        'SELECT relname FROM stale',
      ),
    ).toEqual([{ relname: 'requests' }]);
    expect(sent).toEqual([
      'SELECT relname FROM stale',
      'WITH w0 AS (\nUPDATE requests SET a = $1\n)\nSELECT relname FROM stale',
    ]);
  });

  it('sends a lone statement as it is, and nothing for nothing', async () => {
    const { tx, sent } = recorder();

    await runRowWritesTogether(tx, [], [{ sql: 'UPDATE requests SET a = $1', params: [1] }]);
    await runRowWritesTogether(tx, []);

    expect(sent).toEqual([{ sql: 'UPDATE requests SET a = $1', params: [1] }]);
  });
});
