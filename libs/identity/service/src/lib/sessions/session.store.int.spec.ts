import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openEmbeddedDatabase, openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import type { Actor } from '@qinqing/identity/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashSessionToken } from './session-token';
import { SessionStore } from './session.store';

const databaseUrl = inject('databaseUrl');

const backends: { name: string; open: () => Promise<{ db: SqlDatabase; drop: () => Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => ({
      db: await openEmbeddedDatabase({ dataDir: 'memory://sessions' }),
      drop: async () => undefined,
    }),
  },
];
if (databaseUrl !== null) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const database = await createTestDatabase(databaseUrl);
      const db = await openPostgresDatabase(database.url);
      return {
        db,
        drop: async () => {
          await db.close();
          await database.drop();
        },
      };
    },
  });
}

const T0 = new Date('2026-03-02T02:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const lifetime = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };
const staff: Actor = { kind: 'staff', id: 'acc-1', role: 'supervisor', displayName: '陈静' };

describe.each(backends)('SessionStore on $name', ({ open }) => {
  let db: SqlDatabase;
  let drop: () => Promise<void>;
  let sessions: SessionStore;

  beforeAll(async () => {
    ({ db, drop } = await open());
    sessions = new SessionStore(db);
    await sessions.setup();
    await sessions.setup();
  });

  afterAll(async () => {
    if (db.dialect === 'pglite') await db.close();
    await drop?.();
  });

  const newStaffSession = (now = T0, subjectId = 'acc-1') =>
    sessions.create({
      kind: 'staff',
      subjectId,
      subjectName: 'supervisor.chen',
      actor: staff,
      now,
      lifetime,
    });

  it('stores only the SHA-256 of the token', async () => {
    const { token } = await newStaffSession();
    const rows = await db.query<{ token_hash: string }>('SELECT token_hash FROM identity_sessions');
    expect(rows.rows.map((r) => r.token_hash)).toContain(hashSessionToken(token));
    expect(JSON.stringify(rows.rows)).not.toContain(token);
  });

  it('keeps a session alive while it is used, pushing the idle expiry back', async () => {
    const { token } = await newStaffSession();
    const used = await sessions.use(token, 'staff', at(29));
    expect(used).toMatchObject({
      status: 'active',
      session: { actor: staff, subjectName: 'supervisor.chen', idleExpiresAt: at(59) },
    });
    expect((await sessions.use(token, 'staff', at(58))).status).toBe('active');
  });

  it('slides a session at most once a minute, so a read within the minute writes nothing', async () => {
    const { token } = await newStaffSession(T0, 'acc-slide');
    const lastSeen = async () =>
      (
        await db.query<{ last_seen_at: Date | string }>(
          'SELECT last_seen_at FROM identity_sessions WHERE token_hash = $1',
          [hashSessionToken(token)],
        )
      ).rows.map((r) => new Date(r.last_seen_at).toISOString());
    const halfAMinute = new Date(T0.getTime() + 30_000);
    expect(await sessions.use(token, 'staff', halfAMinute)).toMatchObject({
      status: 'active',
      session: { idleExpiresAt: at(30) },
    });
    expect(await lastSeen()).toEqual([T0.toISOString()]);
    expect(await sessions.use(token, 'staff', at(1))).toMatchObject({
      status: 'active',
      session: { idleExpiresAt: at(31) },
    });
    expect(await lastSeen()).toEqual([at(1).toISOString()]);
  });

  it('ends a session left idle', async () => {
    const { token } = await newStaffSession();
    expect((await sessions.use(token, 'staff', at(30))).status).toBe('ended');
    // Expired is final: later use cannot revive it.
    expect((await sessions.use(token, 'staff', at(31))).status).toBe('ended');
  });

  it('ends a session at its absolute expiry however busy, never extending past it', async () => {
    const { token } = await newStaffSession();
    let minute = 0;
    while (minute < 12 * 60 - 20) {
      minute += 20;
      expect((await sessions.use(token, 'staff', at(minute))).status).toBe('active');
    }
    const last = await sessions.use(token, 'staff', at(12 * 60 - 1));
    expect(last).toMatchObject({ status: 'active', session: { idleExpiresAt: at(12 * 60) } });
    expect((await sessions.use(token, 'staff', at(12 * 60))).status).toBe('ended');
  });

  it('tells ended from unknown, and never looks up what it did not issue', async () => {
    const { token } = await newStaffSession();
    await sessions.revoke(token, at(1), 'logout');
    expect((await sessions.use(token, 'staff', at(2))).status).toBe('ended');
    expect((await sessions.use('A'.repeat(43), 'staff', at(2))).status).toBe('unknown');
    expect((await sessions.use("x' OR '1'='1", 'staff', at(2))).status).toBe('unknown');
    // A token is only good for its own kind of session.
    const { token: other } = await newStaffSession();
    expect((await sessions.use(other, 'kiosk-device', at(1))).status).toBe('unknown');
  });

  it('revokes a subject’s sessions that began up to an instant, not later ones', async () => {
    const early = await newStaffSession(at(0), 'acc-2');
    const late = await newStaffSession(at(10), 'acc-2');
    const someoneElse = await newStaffSession(at(0), 'acc-3');
    expect(await sessions.revokeAllOf({ kind: 'staff', subjectId: 'acc-2' }, at(5), 'account-locked')).toBe(
      1,
    );
    expect((await sessions.use(early.token, 'staff', at(11))).status).toBe('ended');
    expect((await sessions.use(late.token, 'staff', at(11))).status).toBe('active');
    expect((await sessions.use(someoneElse.token, 'staff', at(11))).status).toBe('active');
  });

  it('forgets a walk-in’s enterprise details as soon as the walk-in ends', async () => {
    const walkIn: Actor = {
      kind: 'kiosk-enterprise',
      sessionId: 'walk-in-1',
      deviceId: 'kiosk-1',
      centreId: 'centre-haishu',
      enterprise: { creditCode: '91350100M000100Y43', contactPhone: '13812345678' },
    };
    const { token } = await sessions.create({
      kind: 'kiosk-walk-in',
      subjectId: 'walk-in-1',
      deviceId: 'kiosk-1',
      actor: walkIn,
      now: T0,
      lifetime: { idleMs: 10 * 60_000, absoluteMs: 120 * 60_000 },
    });
    await sessions.revoke(token, at(1), 'walk-in-ended');
    const rows = await db.query<{ actor: unknown }>(
      'SELECT actor FROM identity_sessions WHERE subject_id = $1',
      ['walk-in-1'],
    );
    expect(JSON.stringify(rows.rows)).not.toContain('13812345678');
  });

  it('purges sessions a day after they stopped being usable', async () => {
    const { token } = await newStaffSession(at(0), 'acc-purge');
    await sessions.purgeUnusable(at(30 + 24 * 60 - 1));
    expect((await sessions.use(token, 'staff', at(30 + 24 * 60))).status).toBe('ended');
    await sessions.purgeUnusable(at(30 + 24 * 60 + 1));
    expect((await sessions.use(token, 'staff', at(30 + 24 * 60 + 2))).status).toBe('unknown');
  });
});
