import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/domain';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token';

/** A staff login, a provisioned kiosk, or a walk-in at a kiosk. */
export type SessionKind = 'staff' | 'kiosk-device' | 'kiosk-walk-in';

export interface SessionLifetime {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export interface ActiveSession {
  readonly kind: SessionKind;
  /** Staff: account id; kiosk device: device id; walk-in: the walk-in session id. */
  readonly subjectId: string;
  /** Staff: the username (the account's stream key); null for kiosk sessions. */
  readonly subjectName: string | null;
  /** The kiosk a device or walk-in session belongs to. */
  readonly deviceId: string | null;
  readonly actor: Actor;
  readonly createdAt: Date;
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
}

export type SessionLookup =
  | { readonly status: 'active'; readonly session: ActiveSession }
  /** The cookie named a session that was revoked, expired or purged: "please sign in again". */
  | { readonly status: 'ended' }
  | { readonly status: 'unknown' };

interface SessionRow {
  kind: SessionKind;
  subject_id: string;
  subject_name: string | null;
  device_id: string | null;
  actor: Actor | string;
  created_at: Date | string;
  idle_expires_at: Date | string;
  absolute_expires_at: Date | string;
}

const toSession = (row: SessionRow): ActiveSession => ({
  kind: row.kind,
  subjectId: row.subject_id,
  subjectName: row.subject_name,
  deviceId: row.device_id,
  actor: typeof row.actor === 'string' ? (JSON.parse(row.actor) as Actor) : row.actor,
  createdAt: new Date(row.created_at),
  idleExpiresAt: new Date(row.idle_expires_at),
  absoluteExpiresAt: new Date(row.absolute_expires_at),
});

/** A walk-in's enterprise details (a phone number) are personal data: forgotten as soon as it ends. */
const FORGET_WALK_IN_ENTERPRISE = `actor = CASE WHEN kind = 'kiosk-walk-in'
  THEN jsonb_set(actor, '{enterprise}', 'null'::jsonb) ELSE actor END`;

/** A session is slid (its idle expiry pushed back, `last_seen_at` written) at most this often. */
const SLIDE_EVERY_SECONDS = 60;

const COLUMNS =
  'kind, subject_id, subject_name, device_id, actor, created_at, idle_expires_at, absolute_expires_at';

/** One statement each: prepared statements (pg with parameters, PGlite always) take one command. */
export const SESSIONS_TABLE_DDL: readonly string[] = [
  `
  CREATE TABLE IF NOT EXISTS identity_sessions (
    token_hash text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('staff', 'kiosk-device', 'kiosk-walk-in')),
    subject_id text NOT NULL,
    subject_name text NULL,
    device_id text NULL,
    actor jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    idle_seconds integer NOT NULL,
    idle_expires_at timestamptz NOT NULL,
    absolute_expires_at timestamptz NOT NULL,
    revoked_at timestamptz NULL,
    revoked_reason text NULL
  )`,
  `CREATE INDEX IF NOT EXISTS identity_sessions_by_subject
    ON identity_sessions (kind, subject_id) WHERE revoked_at IS NULL`,
  `CREATE INDEX IF NOT EXISTS identity_sessions_by_device
    ON identity_sessions (device_id) WHERE revoked_at IS NULL AND device_id IS NOT NULL`,
];

/**
 * Ends every live session of a subject that began at or before `at`. Used both right after the command
 * (so the answer reflects it) and by the read-model projection (so it still happens after a crash between
 * the append and that call); the `created_at` bound makes replaying an old event harmless to newer sessions.
 */
export const revokeSubjectSessions = async (
  executor: SqlExecutor,
  target: { readonly kind: SessionKind; readonly subjectId: string } | { readonly deviceId: string },
  at: Date,
  reason: string,
): Promise<number> => {
  const [condition, key] =
    'deviceId' in target
      ? ['device_id = $1', target.deviceId]
      : ['kind = $4 AND subject_id = $1', target.subjectId];
  const params: unknown[] = [key, at.toISOString(), reason];
  if (!('deviceId' in target)) params.push(target.kind);
  const result = await executor.query(
    `UPDATE identity_sessions SET revoked_at = $2::timestamptz, revoked_reason = $3, ${FORGET_WALK_IN_ENTERPRISE}
       WHERE ${condition} AND revoked_at IS NULL AND created_at <= $2::timestamptz`,
    params,
  );
  return result.affectedRows;
};

/**
 * Server-side sessions (staff logins, kiosk devices, walk-ins) in one SQL table. The cookie holds a
 * 256-bit random token; the table holds only its SHA-256, so reading the table does not let anyone in.
 * Every method takes `now` from the caller's clock.
 */
export class SessionStore {
  constructor(private readonly db: SqlExecutor) {}

  async setup(): Promise<void> {
    for (const statement of SESSIONS_TABLE_DDL) await this.db.query(statement);
  }

  async create(input: {
    readonly kind: SessionKind;
    readonly subjectId: string;
    readonly subjectName?: string | null;
    readonly deviceId?: string | null;
    readonly actor: Actor;
    readonly now: Date;
    readonly lifetime: SessionLifetime;
  }): Promise<{ readonly token: string; readonly session: ActiveSession }> {
    const { now, lifetime } = input;
    await this.purgeUnusable(now);
    const token = newSessionToken();
    const absoluteExpiresAt = new Date(now.getTime() + lifetime.absoluteMs);
    const idleExpiresAt = new Date(Math.min(now.getTime() + lifetime.idleMs, absoluteExpiresAt.getTime()));
    await this.db.query(
      `INSERT INTO identity_sessions
         (token_hash, kind, subject_id, subject_name, device_id, actor, created_at, last_seen_at,
          idle_seconds, idle_expires_at, absolute_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::timestamptz, $7::timestamptz, $8, $9::timestamptz,
               $10::timestamptz)`,
      [
        hashSessionToken(token),
        input.kind,
        input.subjectId,
        input.subjectName ?? null,
        input.deviceId ?? null,
        JSON.stringify(input.actor),
        now.toISOString(),
        Math.round(lifetime.idleMs / 1000),
        idleExpiresAt.toISOString(),
        absoluteExpiresAt.toISOString(),
      ],
    );
    return {
      token,
      session: {
        kind: input.kind,
        subjectId: input.subjectId,
        subjectName: input.subjectName ?? null,
        deviceId: input.deviceId ?? null,
        actor: input.actor,
        createdAt: now,
        idleExpiresAt,
        absoluteExpiresAt,
      },
    };
  }

  /**
   * The live session of this kind behind `token`, its idle expiry pushed back (never past the absolute one) at
   * most once a minute (SLIDE_EVERY_SECONDS): a request within a minute of the last slide is a plain read, so
   * reading a page does not cost a commit — on the embedded store, a disk flush. The idle expiry can thus fall up
   * to a minute earlier than the last request plus the idle time. The slide is one statement guarded by the
   * expiries, so two racing requests cannot revive an expired session.
   */
  async use(token: string, kind: SessionKind, now: Date): Promise<SessionLookup> {
    if (!looksLikeSessionToken(token)) return { status: 'unknown' };
    const tokenHash = hashSessionToken(token);
    const at = now.toISOString();
    const live = await this.db.query<SessionRow & { slide_due: boolean }>(
      `SELECT ${COLUMNS}, last_seen_at <= $3::timestamptz - make_interval(secs => ${SLIDE_EVERY_SECONDS}) AS slide_due
         FROM identity_sessions
        WHERE token_hash = $1 AND kind = $2 AND revoked_at IS NULL
          AND idle_expires_at > $3::timestamptz AND absolute_expires_at > $3::timestamptz`,
      [tokenHash, kind, at],
    );
    const found = live.rows[0];
    if (found !== undefined && !found.slide_due) return { status: 'active', session: toSession(found) };
    if (found !== undefined) {
      const touched = await this.db.query<SessionRow>(
        `UPDATE identity_sessions
            SET last_seen_at = $3::timestamptz,
                idle_expires_at = LEAST(absolute_expires_at, $3::timestamptz + make_interval(secs => idle_seconds))
          WHERE token_hash = $1 AND kind = $2 AND revoked_at IS NULL
            AND idle_expires_at > $3::timestamptz AND absolute_expires_at > $3::timestamptz
          RETURNING ${COLUMNS}`,
        [tokenHash, kind, at],
      );
      const row = touched.rows[0];
      if (row !== undefined) return { status: 'active', session: toSession(row) };
    }
    const known = await this.db.query('SELECT 1 FROM identity_sessions WHERE token_hash = $1 AND kind = $2', [
      tokenHash,
      kind,
    ]);
    return known.rows.length > 0 ? { status: 'ended' } : { status: 'unknown' };
  }

  /** Replaces the actor of a live session (a walk-in that identified itself). */
  async updateActor(token: string, actor: Actor): Promise<void> {
    await this.db.query(
      'UPDATE identity_sessions SET actor = $2::jsonb WHERE token_hash = $1 AND revoked_at IS NULL',
      [hashSessionToken(token), JSON.stringify(actor)],
    );
  }

  /** Ends the session behind a token (logout, end of a walk-in). Unknown tokens are ignored. */
  async revoke(token: string, now: Date, reason: string): Promise<void> {
    if (!looksLikeSessionToken(token)) return;
    await this.db.query(
      `UPDATE identity_sessions SET revoked_at = $2::timestamptz, revoked_reason = $3, ${FORGET_WALK_IN_ENTERPRISE}
        WHERE token_hash = $1 AND revoked_at IS NULL`,
      [hashSessionToken(token), now.toISOString(), reason],
    );
  }

  revokeAllOf(
    target: { readonly kind: SessionKind; readonly subjectId: string } | { readonly deviceId: string },
    now: Date,
    reason: string,
  ): Promise<number> {
    return revokeSubjectSessions(this.db, target, now, reason);
  }

  /**
   * Deletes sessions that can no longer be used a day after they stopped being usable. They hold
   * personal data (a walk-in's phone number) that no one needs once the session is over; the day keeps
   * "session ended" answers (instead of "unknown") for people who come back soon after.
   */
  async purgeUnusable(now: Date): Promise<void> {
    await this.db.query(
      `DELETE FROM identity_sessions
        WHERE LEAST(COALESCE(revoked_at, 'infinity'::timestamptz), idle_expires_at, absolute_expires_at)
              < $1::timestamptz - interval '1 day'`,
      [now.toISOString()],
    );
  }
}
