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
        'WITH w0 AS (INSERT INTO a SELECT * FROM unnest($1::text[], $2::int[])),',
        'w1 AS (UPDATE b SET v = $4 WHERE k = $3 OR k = $12)',
        'SELECT NULL',
      ].join('\n'),
      params: [['x'], [1], 'k', 'v', 3, 4, 5, 6, 7, 8, 9, 'ten'],
    });
  });

  it('ends with the primary given, or is the primary alone when there is nothing to write', () => {
    expect(
      statementsTogether([{ sql: 'DELETE FROM a WHERE k = $1', params: ['k'] }], 'SELECT 1 AS one'),
    ).toEqual({
      sql: 'WITH w0 AS (DELETE FROM a WHERE k = $1)\nSELECT 1 AS one',
      params: ['k'],
    });
    expect(statementsTogether([], 'SELECT 1 AS one')).toEqual({ sql: 'SELECT 1 AS one', params: [] });
  });
});
