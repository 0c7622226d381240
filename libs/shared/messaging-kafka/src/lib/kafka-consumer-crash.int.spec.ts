import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { PostgresCheckpointStore } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '@qinqing/shared/testing';
import { deposit, ledgerContext, sleep } from '../test-setup/ledger';
import { auditLedger, type LedgerDatabase, openLedgerDatabase } from '../test-setup/ledger-database';
import { testSessionTimeouts } from '../test-setup/test-broker';
import { KafkaRelay } from './kafka-relay';
import { ensureTopics } from './topics';

const brokers = inject('kafkaBrokers');
const databaseUrl = inject('databaseUrl');
const skipReason =
  brokers === null ? 'no Kafka broker for this run' : databaseUrl === null ? 'DATABASE_URL is not set' : null;

const ROOT = join(__dirname, '../../../../..');
const CHILD = join(__dirname, '../test-setup/totals-consumer.child.ts');
const TOTAL = 10_000;
const KILLS = 20;
/** The appender may run at most this far ahead of the kills: every kill lands while the stream still flows. */
const EVENTS_PER_KILL = 300;
/**
 * Every kill lands with at least this many appended events not yet applied, measured on the frozen process.
 * It exceeds what one consumer transaction holds (100 messages), the most a COMMIT already on its way to the
 * server can still add after the freeze.
 */
const MIN_BEHIND = 150;
/** At most one consumer transaction (KafkaIntegrationEventBus handles up to 100 messages in one). */
const MAX_IN_FLIGHT = 100;
const ACCOUNTS = Array.from({ length: 24 }, (_, i) => `acct${i}`);

interface ConsumerProcess {
  readonly process: ChildProcess;
  readonly exited: Promise<number | null>;
  said(line: string): Promise<void>;
  tell(line: string): void;
  output(): string;
}

const spawnConsumer = (options: Record<string, unknown>): ConsumerProcess => {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', CHILD, JSON.stringify(options)], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'tools/tsconfig.runtime.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiting: { line: string; resolve: () => void }[] = [];
  const settle = () => {
    const lines = stdout.split('\n');
    for (const w of [...waiting]) {
      if (lines.includes(w.line)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    settle();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    exited,
    said: (line) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ line, resolve });
        settle();
        void exited.then((code) =>
          reject(new Error(`consumer process exited (${code}) before "${line}":\n${stderr.slice(-2_000)}`)),
        );
      }),
    tell: (line) => child.stdin?.write(`${line}\n`),
    output: () => `${stdout}\n${stderr}`,
  };
};

/**
 * The applied count once it stops moving: a process frozen with SIGSTOP may still have one COMMIT on its way
 * to the server. Two equal readings 100 ms apart (at most 3 s) are enough for that COMMIT to land.
 */
const settledApplied = async (applied: () => Promise<number>): Promise<number> => {
  let last = await applied();
  for (let i = 0; i < 30; i++) {
    await sleep(100);
    const now = await applied();
    if (now === last) return now;
    last = now;
  }
  return last;
};

describe.skipIf(skipReason !== null)(
  `Kafka consumer killed with SIGKILL ${KILLS} times while ${TOTAL} events flow${skipReason === null ? '' : ` — SKIPPED: ${skipReason}`}`,
  () => {
    let ledgerDb: LedgerDatabase;
    let relay: KafkaRelay | null = null;
    const children: ConsumerProcess[] = [];

    beforeAll(async () => {
      ledgerDb = await openLedgerDatabase(databaseUrl ?? '', ACCOUNTS);
    });
    afterAll(async () => {
      for (const child of children) child.process.kill('SIGKILL');
      await relay?.stop();
      await ledgerDb?.close();
    });

    it('applies every event exactly once: the read model equals the fold of the stream', async () => {
      const ledger = ledgerContext();
      await ensureTopics(brokers ?? '', [ledger.topic], 3);
      const timeouts = await testSessionTimeouts(brokers ?? '');
      const { db, store, applied } = ledgerDb;
      relay = new KafkaRelay({
        store,
        db,
        checkpoints: new PostgresCheckpointStore(),
        mappers: [ledger.mapper],
        brokers: brokers ?? '',
        name: `relay:${ledger.context}`,
      });
      await relay.start();

      let appended = 0;
      let allowance = EVENTS_PER_KILL;
      const append = async (n: number): Promise<void> => {
        const account = ACCOUNTS[randomInt(ACCOUNTS.length)] ?? 'acct0';
        const events = Array.from({ length: n }, () => deposit(randomInt(1, 1_000)));
        await store.appendToStream(ledger.stream(account), events, { expectedRevision: 'any' });
        appended += n;
      };
      // A stream that keeps flowing, at most `allowance` events ahead: the kill loop raises it after each kill.
      const appender = (async () => {
        while (appended < TOTAL) {
          if (appended >= allowance) {
            await sleep(20);
            continue;
          }
          await append(Math.min(randomInt(1, 40), allowance - appended));
          await sleep(5);
        }
      })();

      const options = {
        brokers,
        databaseUrl: ledgerDb.url,
        topic: ledger.topic,
        group: `totals-${ledger.context}`,
        ...timeouts,
      };
      const started = Date.now();
      const kills: { at: number; appended: number; behind: number; applied: number }[] = [];
      let standby = spawnConsumer(options);
      children.push(standby);
      await standby.said('ready');
      for (let kill = 1; kill <= KILLS; kill++) {
        const current = standby;
        current.tell('start');
        // The next process loads while this one consumes.
        standby = spawnConsumer(options);
        children.push(standby);
        const before = await applied();
        await eventually(
          async () => ((await applied()) > before + 10 ? true : undefined),
          30_000,
          () => `consumer process ${kill} to make progress:\n${current.output().slice(-2_000)}`,
        );
        await sleep(randomInt(0, 400)); // somewhere in a transaction, between commit and offset commit, or a fetch
        // Freeze the consumer where it is, then make sure it is behind by a measured amount before killing it:
        // a frozen process applies nothing more (bar one COMMIT already sent), so the kill lands mid-stream
        // however fast this machine drains the backlog.
        current.process.kill('SIGSTOP');
        const frozenAt = await settledApplied(applied);
        if (appended - frozenAt < MIN_BEHIND) await append(MIN_BEHIND - (appended - frozenAt));
        const behind = appended - frozenAt;
        current.process.kill('SIGKILL');
        await current.exited;
        kills.push({ at: Date.now() - started, appended, behind, applied: await applied() });
        allowance = kill >= KILLS ? TOTAL : appended + EVENTS_PER_KILL;
        await standby.said('ready');
      }
      const killPhaseMs = Date.now() - started;
      const survivor = standby;
      survivor.tell('start');
      await appender;
      await eventually(
        async () => ((await applied()) >= TOTAL ? true : undefined),
        120_000,
        async () => `all ${TOTAL} events applied (${await applied()} so far)`,
      );
      await sleep(1_000); // anything beyond TOTAL (an event applied twice) shows up too
      survivor.tell('stop');
      expect(await survivor.exited).toBe(0);
      await relay.stop();

      // The fold of the stream, from the event store itself.
      const { events, lost, twice, strangers, drops, totals, expectedTotals } = await auditLedger(
        ledgerDb,
        ledger,
        ACCOUNTS,
        TOTAL,
      );
      expect(events).toBe(TOTAL);
      const report =
        `${lost} lost, ${twice} applied more than once, ${strangers} unknown; ${drops} redeliveries dropped ` +
        `by the inbox; kills (ms, appended, behind when frozen, applied): ${kills.map((k) => `${k.at}/${k.appended}/${k.behind}/${k.applied}`).join(' ')}`;
      console.info(
        `[kill -9 suite] ${report}; kills done after ${killPhaseMs} ms, all applied after ${Date.now() - started} ms`,
      );
      expect(lost, report).toBe(0);
      expect(twice, report).toBe(0);
      expect(strangers, report).toBe(0);
      expect(totals, report).toEqual(expectedTotals);
      // Every kill hit a flowing stream: the frozen consumer was behind, and more was still to come.
      for (const k of kills) {
        expect(k.appended, report).toBeLessThan(TOTAL);
        expect(k.behind, report).toBeGreaterThanOrEqual(MIN_BEHIND);
        expect(k.appended - k.applied, report).toBeGreaterThanOrEqual(MIN_BEHIND - MAX_IN_FLIGHT);
      }
    }, 240_000);
  },
);
