import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE } from '@qinqing/shared/nest-platform';

/** Six digits, five minutes, five tries: a guess succeeds one time in 200,000 per code. */
export const CODE_DIGITS = 6;
export const CODE_MINUTES = 5;
export const TRIES_PER_CODE = 5;

const DDL = [
  `CREATE TABLE IF NOT EXISTS liaison_identification_codes (
     session_id text NOT NULL,
     credit_code text NOT NULL,
     code_hash text NOT NULL,
     tries_left int NOT NULL,
     expires_at timestamptz NOT NULL,
     PRIMARY KEY (session_id, credit_code)
   )`,
  'CREATE INDEX IF NOT EXISTS liaison_identification_codes_expiry ON liaison_identification_codes (expires_at)',
  // The phone the code went to: the proof names that one, even if the directory changes in the meantime.
  'ALTER TABLE liaison_identification_codes ADD COLUMN IF NOT EXISTS phone text',
];

/** The code is bound to the walk-in session and the enterprise it was sent for; only its hash is kept. */
const hashOf = (sessionId: string, creditCode: string, code: string): Buffer =>
  createHash('sha256').update(`${sessionId}\n${creditCode}\n${code}`).digest();

export type CodeCheck =
  | { readonly ok: true; readonly phone: string }
  | { readonly ok: false; readonly reason: 'none-or-expired' }
  | { readonly ok: false; readonly reason: 'wrong'; readonly triesLeft: number };

/**
 * One-time codes for kiosk identification: at most one live code per walk-in session and enterprise (asking again
 * replaces it), used once, void after five minutes or five wrong tries. Not events: a code is a secret of a
 * moment, not a fact of the record; the identification itself is recorded by identity's session.
 */
@Injectable()
export class IdentificationCodes implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  /**
   * A new code for this session and enterprise, to be sent to `phone`, replacing any earlier one; returns it and
   * when it lapses.
   */
  async issue(
    sessionId: string,
    creditCode: string,
    phone: string,
  ): Promise<{ code: string; expiresAt: Date }> {
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
    await this.db.transaction(async (tx) => {
      // Lapsed codes go as new ones are made (by the expiry index): the table holds minutes of codes, never history.
      await tx.query('DELETE FROM liaison_identification_codes WHERE expires_at < $1', [now]);
      await tx.query(
        `INSERT INTO liaison_identification_codes (session_id, credit_code, code_hash, tries_left, expires_at, phone)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (session_id, credit_code)
         DO UPDATE SET code_hash = EXCLUDED.code_hash, tries_left = EXCLUDED.tries_left,
           expires_at = EXCLUDED.expires_at, phone = EXCLUDED.phone`,
        [
          sessionId,
          creditCode,
          hashOf(sessionId, creditCode, code).toString('base64'),
          TRIES_PER_CODE,
          expiresAt,
          phone,
        ],
      );
    });
    return { code, expiresAt };
  }

  /** Checks a typed code; a right one is used up, a wrong one costs a try (the last wrong try voids the code). */
  check(sessionId: string, creditCode: string, typed: string): Promise<CodeCheck> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{
        code_hash: string;
        tries_left: number;
        expires_at: Date | string;
        phone: string | null;
      }>(
        `SELECT code_hash, tries_left, expires_at, phone FROM liaison_identification_codes
         WHERE session_id = $1 AND credit_code = $2 FOR UPDATE`,
        [sessionId, creditCode],
      );
      const row = rows[0];
      if (row === undefined || row.phone === null || new Date(row.expires_at) <= this.clock.now()) {
        return { ok: false, reason: 'none-or-expired' } as const;
      }
      const expected = Buffer.from(row.code_hash, 'base64');
      const given = hashOf(sessionId, creditCode, typed);
      if (expected.length === given.length && timingSafeEqual(expected, given)) {
        await tx.query(
          'DELETE FROM liaison_identification_codes WHERE session_id = $1 AND credit_code = $2',
          [sessionId, creditCode],
        );
        return { ok: true, phone: row.phone } as const;
      }
      const triesLeft = row.tries_left - 1;
      await (triesLeft <= 0
        ? tx.query('DELETE FROM liaison_identification_codes WHERE session_id = $1 AND credit_code = $2', [
            sessionId,
            creditCode,
          ])
        : tx.query(
            'UPDATE liaison_identification_codes SET tries_left = $3 WHERE session_id = $1 AND credit_code = $2',
            [sessionId, creditCode, triesLeft],
          ));
      return { ok: false, reason: 'wrong', triesLeft: Math.max(0, triesLeft) } as const;
    });
  }
}
