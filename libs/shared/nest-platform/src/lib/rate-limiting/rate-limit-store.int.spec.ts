import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { openPostgresDatabase } from '@qinqing/shared/event-store-postgres';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { describe, expect, inject, it } from 'vitest';
import { AttemptBudget } from './attempt-budget';
import { ClientBudget } from './client-budget';
import { FailureThrottle } from './failure-throttle';
import { RATE_LIMITS_TABLE, RateLimitStore } from './rate-limit-store';
import { TooManyAttemptsException } from './too-many-attempts.exception';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

interface Backend {
  readonly name: string;
  /** A database, and how to open a second handle on the same data (another replica, or after a restart). */
  open(): Promise<{ first: SqlDatabase; again(): Promise<SqlDatabase>; close(): Promise<void> }>;
}

const databaseUrl = inject('databaseUrl');

const backends: Backend[] = [
  {
    name: 'PGlite (one-process app)',
    open: async () => {
      const first = await openTestPglite();
      // One process owns PGlite: "again" is the same database seen by a new store (a restarted module).
      return { first, again: async () => first, close: () => first.close() };
    },
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL (distributed mode)',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            const handles: SqlDatabase[] = [];
            const connect = async () => {
              const db = await openPostgresDatabase(database.url, { maxConnections: 2 });
              handles.push(db);
              return db;
            };
            return {
              first: await connect(),
              again: connect,
              close: async () => {
                for (const db of handles) await db.close();
                await database.drop();
              },
            };
          },
        },
      ]),
];

const policy = { freeFailures: 2, firstDelaySeconds: 30, maxDelaySeconds: 600, forgetAfterSeconds: 3_600 };

describe.each(backends)('rate limits over $name', (backend) => {
  it('a failure throttle holds a key after its free failures, for every replica, until reset', async () => {
    const { first, again, close } = await backend.open();
    try {
      const throttle = new FailureThrottle(await RateLimitStore.open(first), 'test-login', policy);
      expect(await throttle.recordFailure('admin', '10.0.0.1')).toBe(0);
      expect(await throttle.recordFailure('admin', '10.0.0.1')).toBe(0);
      expect(await throttle.waitSeconds('admin', '10.0.0.1')).toBe(0);
      expect(await throttle.recordFailure('admin', '10.0.0.1')).toBe(30);
      // Another replica (or the same app after a restart) sees the same hold.
      const elsewhere = new FailureThrottle(await RateLimitStore.open(await again()), 'test-login', policy);
      const wait = await elsewhere.waitSeconds('admin', '10.0.0.1');
      expect(wait).toBeGreaterThan(25);
      expect(wait).toBeLessThanOrEqual(30);
      // The pair is held, not the account: the same username from another address, another username here.
      expect(await elsewhere.waitSeconds('admin', '10.0.0.2')).toBe(0);
      expect(await elsewhere.waitSeconds('handler.li', '10.0.0.1')).toBe(0);
      expect(await elsewhere.recordFailure('admin', '10.0.0.1')).toBe(60);
      expect(await throttle.failureCount('admin', '10.0.0.1')).toBe(4);
      await elsewhere.reset('admin', '10.0.0.1');
      expect(await throttle.waitSeconds('admin', '10.0.0.1')).toBe(0);
      expect(await throttle.failureCount('admin', '10.0.0.1')).toBe(0);
    } finally {
      await close();
    }
  });

  it('clears every address of one subject at once, and only that subject', async () => {
    const { first, close } = await backend.open();
    try {
      const throttle = new FailureThrottle(await RateLimitStore.open(first), 'test-login', policy);
      for (const address of ['10.0.0.1', '10.0.0.2']) {
        for (let i = 0; i < 3; i++) await throttle.recordFailure('admin', address);
      }
      for (let i = 0; i < 3; i++) await throttle.recordFailure('admin.two', '10.0.0.1');
      await throttle.resetAllOf('admin');
      expect(await throttle.waitSeconds('admin', '10.0.0.1')).toBe(0);
      expect(await throttle.waitSeconds('admin', '10.0.0.2')).toBe(0);
      expect(await throttle.waitSeconds('admin.two', '10.0.0.1')).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('keeps neither usernames nor addresses in the table, only digests', async () => {
    const { first, close } = await backend.open();
    try {
      const throttle = new FailureThrottle(await RateLimitStore.open(first), 'test-login', policy);
      await throttle.recordFailure('supervisor.chen', '192.0.2.55');
      const { rows } = await first.query<{ key: string }>(`SELECT key FROM ${RATE_LIMITS_TABLE}`);
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toMatch(/supervisor|192\.0\.2/u);
    } finally {
      await close();
    }
  });

  it('a budget refuses past its points with the seconds to wait, and counts atomically under a burst', async () => {
    const { first, close } = await backend.open();
    try {
      const budget = new AttemptBudget(await RateLimitStore.open(first), {
        name: 'test-budget',
        points: 10,
        durationSeconds: 600,
        blockSeconds: 900,
      });
      const waits = await Promise.all(Array.from({ length: 25 }, () => budget.consume('receipt-1')));
      expect(waits.filter((w) => w === 0)).toHaveLength(10);
      // Refused while the block is being written: the counting window's end; after: the block's.
      expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(500);
      expect(await budget.waitSeconds('receipt-1')).toBeGreaterThan(800);
      expect(await budget.waitSeconds('receipt-2')).toBe(0);
    } finally {
      await close();
    }
  });

  it('a client budget counts kiosks per device first, so one busy kiosk does not stop its neighbours', async () => {
    const { first, close } = await backend.open();
    try {
      const budget = new ClientBudget(await RateLimitStore.open(first), 'test-lookups', {
        perClient: { points: 3, minutes: 10 },
        perAddress: { points: 8, minutes: 10 },
      });
      const centre = '203.0.113.10';
      for (let i = 0; i < 3; i++) await budget.consume({ deviceId: 'kiosk-1', address: centre });
      await expect(budget.consume({ deviceId: 'kiosk-1', address: centre })).rejects.toBeInstanceOf(
        TooManyAttemptsException,
      );
      // kiosk-1's refused attempts did not spend the address: kiosk-2 and a phone still get theirs.
      for (let i = 0; i < 3; i++) await budget.consume({ deviceId: 'kiosk-2', address: centre });
      for (let i = 0; i < 2; i++) await budget.consume({ deviceId: null, address: centre });
      // The address ceiling (8) is now reached for everyone there…
      await expect(budget.consume({ deviceId: 'kiosk-3', address: centre })).rejects.toMatchObject({
        retryAfterSeconds: expect.any(Number),
      });
      // …and only there.
      await budget.consume({ deviceId: 'kiosk-9', address: '198.51.100.1' });
    } finally {
      await close();
    }
  });
});
