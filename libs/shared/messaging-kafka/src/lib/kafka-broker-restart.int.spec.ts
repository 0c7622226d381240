import { eventually } from '@qinqing/shared/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { PostgresCheckpointStore } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countingInbox, deposit, ledgerContext, sleep, totalsConsumer } from '../test-setup/ledger';
import { auditLedger, type LedgerDatabase, openLedgerDatabase } from '../test-setup/ledger-database';
import { type RestartableBroker, restartableBroker, testSessionTimeouts } from '../test-setup/test-broker';
import { KafkaIntegrationEventBus } from './kafka-integration-event-bus';
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
/** How soon after the broker is back relay and consumer must have caught up, by themselves. */
const RECOVERY_BUDGET_MS = 30_000;

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
      const ledger = ledgerContext();
      await ensureTopics(broker.brokers, [ledger.topic], 3);
      const { db, store, applied } = ledgerDb;
      const errors: string[] = [];
      const relay = new KafkaRelay({
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
        ...(await testSessionTimeouts(broker.brokers)),
        onError: (consumer, error) => errors.push(`${consumer}: ${String(error)}`),
      });
      bus.subscribe(totalsConsumer(`totals-${ledger.context}`, ledger.topic));
      await bus.start();
      cleanup.push(() => bus.stop());
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
      await broker.stop();
      const appliedWhileDown = await applied();
      expect(appended, 'events appended before the broker stopped').toBeLessThan(TOTAL);
      await sleep(3_000);
      await broker.start();
      const backAt = Date.now();
      const downMs = backAt - stoppedAt;
      const appliedAtBack = await applied();
      quota = TOTAL;
      // Both sides resume with no call to restart anything: the relay sends again, the consumer applies again.
      const resumedMs = await eventually(
        async () => {
          const sent = relay.status().lastSentAt;
          return sent !== null && sent.getTime() > backAt && (await applied()) > appliedAtBack
            ? Date.now() - backAt
            : undefined;
        },
        RECOVERY_BUDGET_MS,
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
        `when it stopped), relay and consumer resumed ${resumedMs} ms after it was back, all applied ${caughtUpMs} ms after; ${drops} redeliveries dropped; ` +
        `${errors.length} errors reported, last: ${errors.slice(-3).join(' | ')}`;
      console.info(`[broker restart suite] ${report}`);
      expect(lost, report).toBe(0);
      expect(twice, report).toBe(0);
      expect(totals, report).toEqual(expectedTotals);
      expect(relay.status().running, report).toBe(true);
      expect(bus.status()[0]?.running, report).toBe(true);
    }, 180_000);
  },
);
