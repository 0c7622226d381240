import { createHash } from 'node:crypto';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';

/** One table holds every limiter's counters; each limiter's keys start with its own prefix. */
export const RATE_LIMITS_TABLE = 'rate_limits';

/** rate-limiter-flexible's own table layout for its PostgreSQL store (`_getCreateTableStmt`). */
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${RATE_LIMITS_TABLE} (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
)`;

export interface LimiterRule {
  /** Prefix of this limiter's keys, e.g. `login-failures`. */
  readonly name: string;
  /** Points a key may consume within `durationSeconds`. */
  readonly points: number;
  /** How long a key's count lives from its first point. */
  readonly durationSeconds: number;
  /** Once over its points, the key is refused this long (0: until its count expires). */
  readonly blockSeconds?: number;
}

const digest = (part: string): string =>
  createHash('sha256').update(part, 'utf8').digest('base64url').slice(0, 32);

/**
 * Counters are keyed by digests, never by the raw parts: usernames and network addresses are personal
 * data that the table has no reason to hold, and digests also keep every key well within the column's
 * 255 characters whatever a caller typed. One digest per part, so every key of a first part (an account,
 * a receipt) can be found again: `forgetAllOf`.
 */
export const limiterKey = (...parts: readonly string[]): string => parts.map(digest).join('.');

/**
 * rate-limiter-flexible's PostgreSQL store speaks to a client with `query({ text, values })`; this adapts the
 * platform's SqlDatabase (pg pool or embedded PGlite) to it. The store reads `rowCount` as "rows returned
 * or written", which the port reports as rows plus affected rows.
 */
const storeClientOf = (db: SqlDatabase) => ({
  query: async (query: { readonly text: string; readonly values?: readonly unknown[] }) => {
    const result = await db.query(query.text, query.values ?? []);
    return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows) };
  },
});

/**
 * Where the platform's rate limits and login throttles keep their counters: rate-limiter-flexible's
 * PostgreSQL store, in the app's own database. In the distributed mode that is the process's PostgreSQL
 * database, so the counts hold across replicas of a process and across restarts; in the one-process app
 * it is the embedded PGlite database, which also survives a restart (one process, so no replicas).
 * Should the database fail, each limiter falls back to an in-memory copy of itself (the library's
 * insurance limiter): limits keep holding for this process instead of failing open.
 */
export class RateLimitStore {
  private constructor(private readonly db: SqlDatabase) {}

  static async open(db: SqlDatabase): Promise<RateLimitStore> {
    await db.query(CREATE_TABLE);
    return new RateLimitStore(db);
  }

  /**
   * Deletes the counters of every key of `limiterName` whose first part is `firstPart` (e.g. one account
   * from every address). The library deletes one key at a time; this is the same table, by key prefix.
   */
  async forgetAllOf(limiterName: string, firstPart: string): Promise<void> {
    const prefix = `${limiterName}:${digest(firstPart)}`;
    await this.db.query(`DELETE FROM ${RATE_LIMITS_TABLE} WHERE left(key, $1) = $2`, [prefix.length, prefix]);
  }

  limiter(rule: LimiterRule): RateLimiterAbstract {
    const options = {
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    };
    return new RateLimiterPostgres({
      ...options,
      storeClient: storeClientOf(this.db),
      storeType: 'client',
      tableName: RATE_LIMITS_TABLE,
      tableCreated: true,
      // Expired rows are deleted by the library's own timer (unref'd, every 5 minutes).
      clearExpiredByTimeout: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }
}
