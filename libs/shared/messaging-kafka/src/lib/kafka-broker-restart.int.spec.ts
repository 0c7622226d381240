import { eventually } from '@qinqing/shared/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { PostgresCheckpointStore } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countingInbox, deposit, ledgerContext, sleep, totalsConsumer } from '../test-setup/ledger';
import { auditLedger, type LedgerDatabase, openLedgerDatabase } from '../test-setup/ledger-database';
import { type RestartableBroker, restartableBroker } from '../test-setup/test-broker';
import { KafkaBrokerProbe } from './kafka-broker-probe';
import { createKafkaClient, STOP_GRACE_MS } from './kafka-client';
import { KafkaIntegrationEventBus } from './kafka-integration-event-bus';
import type { KafkaLogLevel, KafkaLogSink } from './kafka-log';
import { KafkaRelay } from './kafka-relay';
import { ensureTopics } from './topics';

const kafkaOn = inject('kafkaBrokers') !== null;
const toolingProblem = inject('kafkaToolingProblem');
const databaseUrl = inject('databaseUrl');
const skipReason = !kafkaOn
  ? 'Kafka suites are off for this run'
  : databaseUrl === null
    ? 'DATABASE_URL is not set'
    : toolingProblem !== null
      ? `no broker of its own can start here: ${toolingProblem}`
      : null;

const TOTAL = 3_000;
const ACCOUNTS = Array.from({ length: 12 }, (_, i) => `acct${i}`);
/** How soon after the broker is back events must flow again (relay sending, consumer applying), by themselves. */
const FLOWING_AGAIN_WITHIN_MS = 10_000;
/** How soon after the broker is gone readiness must say so. */
const NOT_READY_WITHIN_MS = 5_000;

describe.skipIf(skipReason !== null)(
  `Kafka broker stopped and restarted mid-stream${skipReason === null ? '' : ` — SKIPPED: ${skipReason}`}`,
  () => {
    let dataDir: string;
    let broker: RestartableBroker;
    let ledgerDb: LedgerDatabase;
    const cleanup: (() => Promise<void>)[] = [];

    beforeAll(async () => {
      // A broker of its own: stopping the run's shared broker would fail the other suites.
      dataDir = mkdtempSync(join(tmpdir(), 'qinqing-kafka-restart-'));
      broker = await restartableBroker(dataDir);
      await broker.start();
      ledgerDb = await openLedgerDatabase(databaseUrl ?? '', ACCOUNTS);
    }, 180_000);
    afterAll(async () => {
      for (const step of cleanup.reverse()) await step().catch(() => undefined);
      await broker?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      await ledgerDb?.close();
    });

    it('relay and consumer recover by themselves: nothing lost, nothing applied twice', async () => {
      // kafkajs' own lines, at the levels the app would log them: a fresh broker's first minutes include the
      // passing states ("the coordinator is loading…") that must not appear as errors.
      const logged: { level: KafkaLogLevel; at: number; line: string }[] = [];
      const log = Object.fromEntries(
        (['error', 'warn', 'info', 'debug'] as const).map((level) => [
          level,
          (fields: object, message: string) =>
            logged.push({ level, at: Date.now(), line: `${message} ${JSON.stringify(fields)}` }),
        ]),
      ) as unknown as KafkaLogSink;
      const ledger = ledgerContext();
      await ensureTopics(broker.brokers, [ledger.topic], 3, { log });
      const { db, store, applied } = ledgerDb;
      const errors: string[] = [];
      const relay = new KafkaRelay({
        kafka: createKafkaClient({ brokers: broker.brokers, clientId: 'relay', log }),
        store,
        db,
        checkpoints: new PostgresCheckpointStore(),
        mappers: [ledger.mapper],
        brokers: broker.brokers,
        name: `relay:${ledger.context}`,
        onError: (error) => errors.push(`relay: ${String(error)}`),
      });
      const bus = new KafkaIntegrationEventBus({
        brokers: broker.brokers,
        db,
        inbox: countingInbox(db),
        retryBackoffMs: 50,
        // The production group session (no test timeouts): how soon events flow again depends on it.
        log,
        onError: (consumer, error) => errors.push(`${consumer}: ${String(error)}`),
      });
      bus.subscribe(totalsConsumer(`totals-${ledger.context}`, ledger.topic));
      await bus.start();
      cleanup.push(() => bus.stop());
      // What the services' /readyz asks (the "kafka" check).
      const probe = new KafkaBrokerProbe({ brokers: broker.brokers, log });
      cleanup.push(() => probe.stop());
      expect(await probe.check()).toMatchObject({ ok: true });
      await relay.start();
      cleanup.push(() => relay.stop());

      let appended = 0;
      let quota = 1_000;
      const appender = (async () => {
        while (appended < TOTAL) {
          if (appended >= quota) {
            await sleep(20);
            continue;
          }
          const n = Math.min(randomInt(1, 30), quota - appended);
          const account = ACCOUNTS[randomInt(ACCOUNTS.length)] ?? 'acct0';
          const events = Array.from({ length: n }, () => deposit(randomInt(1, 1_000)));
          await store.appendToStream(ledger.stream(account), events, { expectedRevision: 'any' });
          appended += n;
          await sleep(10);
        }
      })();

      await eventually(
        async () => ((await applied()) >= 300 ? true : undefined),
        30_000,
        () => 'the stream to flow before the broker stops',
      );
      const stoppedAt = Date.now();
      quota = 2_000; // appends go on while the broker is down: the log (the outbox) keeps them
      let notReadyAt: number | null = null;
      const watchReadiness = (async () => {
        while (notReadyAt === null && Date.now() - stoppedAt < 60_000) {
          if (!(await probe.check()).ok) notReadyAt = Date.now();
          else await sleep(100);
        }
      })();
      await broker.stop();
      const goneAt = Date.now(); // the broker process has exited
      await watchReadiness;
      const notReadyMs = notReadyAt === null ? Infinity : Math.max(0, notReadyAt - goneAt);
      const appliedWhileDown = await applied();
      expect(appended, 'events appended before the broker stopped').toBeLessThan(TOTAL);
      await sleep(3_000);
      await broker.start();
      const backAt = Date.now();
      const downMs = backAt - stoppedAt;
      const appliedAtBack = await applied();
      quota = TOTAL;
      // Both sides resume with no call to restart anything: the relay sends again, the consumer applies again.
      const readyAgainMs = await eventually(
        async () => ((await probe.check()).ok ? Date.now() - backAt : undefined),
        30_000,
        () => 'readiness to see the broker again',
      );
      const resumedMs = await eventually(
        async () => {
          const sent = relay.status().lastSentAt;
          return sent !== null && sent.getTime() > backAt && (await applied()) > appliedAtBack
            ? Date.now() - backAt
            : undefined;
        },
        60_000,
        async () =>
          `relay and consumer to resume (${await applied()} applied, ${appliedAtBack} when the broker was back; ` +
          `relay ${JSON.stringify(relay.status())}; bus ${JSON.stringify(bus.status())}; errors: ${errors
            .slice(-5)
            .join(' | ')})`,
      );
      await appender;
      await eventually(
        async () => ((await applied()) >= TOTAL ? true : undefined),
        60_000,
        async () => `all ${TOTAL} events applied (${await applied()} so far)`,
      );
      const caughtUpMs = Date.now() - backAt;
      await sleep(500);

      const { events, lost, twice, drops, totals, expectedTotals } = await auditLedger(
        ledgerDb,
        ledger,
        ACCOUNTS,
        TOTAL,
      );
      expect(events).toBe(TOTAL);
      const report =
        `${lost} lost, ${twice} applied more than once; broker down ${downMs} ms (${appliedWhileDown} applied ` +
        `when it stopped), readiness false ${notReadyMs} ms after it was gone (${goneAt - stoppedAt} ms to stop), ` +
        `ready again ${readyAgainMs} ms and relay and consumer flowing ${resumedMs} ms after it was back, all applied ${caughtUpMs} ms after; ${drops} redeliveries dropped; ` +
        `${errors.length} errors reported, last: ${errors.slice(-3).join(' | ')}; kafkajs lines by level: ` +
        JSON.stringify(
          Object.fromEntries(
            ['error', 'warn', 'info'].map((l) => [l, logged.filter((x) => x.level === l).length]),
          ),
        );
      console.info(`[broker restart suite] ${report}`);
      const errorsAtStart = logged.filter((l) => l.level === 'error' && l.at < stoppedAt).map((l) => l.line);
      expect(errorsAtStart, 'kafkajs error lines before the broker was stopped').toEqual([]);
      expect(notReadyMs, report).toBeLessThanOrEqual(NOT_READY_WITHIN_MS);
      expect(resumedMs, report).toBeLessThanOrEqual(FLOWING_AGAIN_WITHIN_MS);
      expect(lost, report).toBe(0);
      expect(twice, report).toBe(0);
      expect(totals, report).toEqual(expectedTotals);
      expect(relay.status().running, report).toBe(true);
      expect(bus.status()[0]?.running, report).toBe(true);
    }, 180_000);

    it('stops within its grace while the broker is away: a shutdown does not wait for the broker', async () => {
      const ledger = ledgerContext();
      await ensureTopics(broker.brokers, [ledger.topic], 3);
      const { db, store, applied } = ledgerDb;
      const relay = new KafkaRelay({
        store,
        db,
        checkpoints: new PostgresCheckpointStore(),
        mappers: [ledger.mapper],
        brokers: broker.brokers,
        name: `relay:${ledger.context}`,
      });
      const bus = new KafkaIntegrationEventBus({ brokers: broker.brokers, db, inbox: countingInbox(db) });
      bus.subscribe(totalsConsumer(`totals-${ledger.context}`, ledger.topic));
      await bus.start();
      await relay.start();
      const before = await applied();
      await store.appendToStream(ledger.stream('acct0'), [deposit(1)], { expectedRevision: 'any' });
      await eventually(async () => ((await applied()) > before ? true : undefined), 30_000);

      await broker.stop();
      // The relay is now retrying a send, the consumer its fetches: both would wait for the broker for ever.
      await store.appendToStream(ledger.stream('acct1'), [deposit(2)], { expectedRevision: 'any' });
      await sleep(1_000);
      const stopping = Date.now();
      await Promise.all([relay.stop(), bus.stop()]);
      const tookMs = Date.now() - stopping;
      await broker.start(); // for the suite's cleanup
      console.info(
        `[broker restart suite] relay and bus stopped ${tookMs} ms after being asked, broker away`,
      );
      expect(tookMs).toBeLessThanOrEqual(STOP_GRACE_MS + 3_000);
    }, 120_000);
  },
);
