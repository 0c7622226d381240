import { spawn } from 'node:child_process';
import {
  advisoryLockHolders as holders,
  createTestDatabase,
  terminateBackend as terminate,
  type TestDatabase,
} from '@qinqing/shared/event-store-testing';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../test-setup/test-backends';
import { PostgresAdvisoryLeases } from './postgres-advisory-leases';

const databaseUrl = testDatabaseUrl();
const NAME = 'qinqing.test-service.followers';
/** What the platform promises: a standby leads within 10 s of the holder's end. */
const HANDOVER_MS = 10_000;

describe.skipIf(databaseUrl === null)('PostgresAdvisoryLeases on PostgreSQL', () => {
  let database: TestDatabase;
  const sets: PostgresAdvisoryLeases[] = [];
  /** A replica's leases with the production timings (2 s rounds). */
  const replica = (): PostgresAdvisoryLeases => {
    const set = new PostgresAdvisoryLeases({ connectionString: database.url, onError: () => undefined });
    sets.push(set);
    return set;
  };

  beforeAll(async () => {
    database = await createTestDatabase(databaseUrl as string);
  });
  afterEach(async () => {
    for (const set of sets.splice(0)) await set.stop();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('lets exactly one of two replicas hold a name; the other holds it within 10 s of the holder stopping', async () => {
    const [first, second] = [replica(), replica()];
    const leases = [first.lease(NAME), second.lease(NAME)];
    await Promise.all([first.start(), second.start()]);

    expect(leases.filter((lease) => lease.isHeld())).toHaveLength(1);
    const [holder, standby] = leases[0]?.isHeld() ? [first, second] : [second, first];
    expect(await holders(database.url, NAME)).toEqual([holder.serverProcessId()]);

    const stoppedAt = Date.now();
    await holder.stop();
    await eventually(async () => (standby.lease(NAME).isHeld() ? true : undefined), HANDOVER_MS);
    expect(Date.now() - stoppedAt).toBeLessThan(HANDOVER_MS);
    expect(await holders(database.url, NAME)).toEqual([standby.serverProcessId()]);
  });

  it('loses the lease at once when its connection is terminated, and a standby leads within 10 s', async () => {
    const [first, second] = [replica(), replica()];
    first.lease(NAME);
    second.lease(NAME);
    await first.start();
    await second.start();
    const lost: number[] = [];
    first.lease(NAME).onChange((held) => {
      if (!held) lost.push(Date.now());
    });
    expect(first.lease(NAME).isHeld()).toBe(true);

    const terminatedAt = Date.now();
    await terminate(database.url, first.serverProcessId() as number);
    await eventually(async () => (lost.length > 0 ? true : undefined), 2_000);
    expect((lost[0] as number) - terminatedAt).toBeLessThan(1_000);
    await eventually(async () => (second.lease(NAME).isHeld() ? true : undefined), HANDOVER_MS);
    expect(Date.now() - terminatedAt).toBeLessThan(HANDOVER_MS);

    // The old holder connects again and stands by: one holder, never two.
    await eventually(async () => (first.serverProcessId() !== null ? true : undefined), HANDOVER_MS);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(first.lease(NAME).isHeld()).toBe(false);
    expect(await holders(database.url, NAME)).toEqual([second.serverProcessId()]);
  });

  it('is freed by the server when the holding process is killed (kill -9), and a standby leads within 10 s', async () => {
    // Another process takes the same advisory lock the way the leases do, then is killed without a goodbye.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const pg = require('pg');
         const client = new pg.Client({ connectionString: process.argv[1] });
         client.connect()
           .then(() => client.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [process.argv[2]]))
           .then(({ rows }) => process.stdout.write(rows[0].locked ? 'held\\n' : 'refused\\n'));
         setInterval(() => undefined, 60_000);`,
        database.url,
        NAME,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const said = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
    );
    expect(said).toBe('held');
    const standby = replica();
    standby.lease(NAME);
    await standby.start();
    expect(standby.lease(NAME).isHeld()).toBe(false);

    const killedAt = Date.now();
    child.kill('SIGKILL');
    await eventually(async () => (standby.lease(NAME).isHeld() ? true : undefined), HANDOVER_MS);
    expect(Date.now() - killedAt).toBeLessThan(HANDOVER_MS);
  });

  it('keeps each name apart: two replicas may lead different roles', async () => {
    const [first, second] = [replica(), replica()];
    first.lease('qinqing.test-service.followers');
    await first.start();
    const schedulers = second.lease('qinqing.test-service.schedulers');
    const followers = second.lease('qinqing.test-service.followers');
    await second.start();

    expect(schedulers.isHeld()).toBe(true);
    expect(followers.isHeld()).toBe(false);
  });
});
