import { describe, expect, it } from 'vitest';
import { statementsTogether } from './statements-together';

describe('statementsTogether', () => {
  it('makes each statement a WITH query, its parameters numbered on after the ones before', () => {
    expect(
      statementsTogether([
        { sql: 'INSERT INTO a SELECT * FROM unnest($1::text[], $2::int[])', params: [['x'], [1]] },
        {
          sql: 'UPDATE b SET v = $2 WHERE k = $1 OR k = $10',
          params: ['k', 'v', 3, 4, 5, 6, 7, 8, 9, 'ten'],
        },
      ]),
    ).toEqual({
      sql: [
        'WITH w0 AS (',
        'INSERT INTO a SELECT * FROM unnest($1::text[], $2::int[])',
        '),',
        'w1 AS (',
        'UPDATE b SET v = $4 WHERE k = $3 OR k = $12',
        ')',
        'SELECT NULL',
      ].join('\n'),
      params: [['x'], [1], 'k', 'v', 3, 4, 5, 6, 7, 8, 9, 'ten'],
    });
  });

  it('ends with the primary given, or is the primary alone when there is nothing to write', () => {
    expect(
      statementsTogether([{ sql: 'DELETE FROM a WHERE k = $1', params: ['k'] }], 'SELECT 1 AS one'),
    ).toEqual({
      sql: 'WITH w0 AS (\nDELETE FROM a WHERE k = $1\n)\nSELECT 1 AS one',
      params: ['k'],
    });
    expect(statementsTogether([], 'SELECT 1 AS one')).toEqual({ sql: 'SELECT 1 AS one', params: [] });
  });

  it('refuses what cannot go inside a WITH query: dollar quoting, a WITH of its own, a closing semicolon', () => {
    for (const sql of [
      'INSERT INTO a VALUES ($$x$$)',
      'INSERT INTO a VALUES ($q$x$q$)',
      'WITH x AS (DELETE FROM b RETURNING k) INSERT INTO a SELECT k FROM x',
      'DELETE FROM a;',
    ]) {
      expect(() => statementsTogether([{ sql, params: [] }])).toThrow(/not a statement to go with others/u);
    }
  });

  it('keeps a comment at the end of a statement from swallowing its bracket', () => {
    expect(statementsTogether([{ sql: 'DELETE FROM a -- all of it', params: [] }]).sql).toBe(
      'WITH w0 AS (\nDELETE FROM a -- all of it\n)\nSELECT NULL',
    );
  });
});
