import { randomUUID } from 'node:crypto';
import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import {
  type ConsumerInbox,
  type IntegrationEventConsumer,
  type IntegrationEventMapper,
  type NewEvent,
  type SqlDatabase,
  toOutboundIntegrationEvent,
  UuidV7Generator,
} from '@qinqing/shared/event-sourcing';
import { PostgresConsumerInbox } from '@qinqing/shared/event-store-postgres';
import { z } from 'zod';

/**
 * A throwaway publishing context for the Kafka suites (a fresh one per test: its own topic, so tests on one
 * broker do not see each other): `Deposited` events on streams `<context>-<account>`,
 * published as `cn.qinqing.<context>.deposited.v1` on its own topic, keyed by account (one partition per
 * account, so per-account order holds).
 */
export const ledgerContext = () => {
  const context = `kf${randomUUID().slice(0, 8)}`;
  const topic = `qinqing.${context}.events.v1`;
  const Deposited = defineIntegrationEvent({
    type: `cn.qinqing.${context}.deposited.v1`,
    version: 1,
    topic,
    source: `/qinqing/${context}`,
    schema: z.object({ accountId: z.string(), amount: z.number().int() }),
  });
  const mapper: IntegrationEventMapper = {
    context,
    // Declared as the contexts' mappers do: the relay reads the private events as positions only.
    eventTypes: ['Deposited'],
    map: (event) => {
      if (!event.streamId.startsWith(`${context}-`) || event.type !== 'Deposited') return null;
      const accountId = event.streamId.slice(context.length + 1);
      return toOutboundIntegrationEvent(Deposited, event, {
        subject: accountId,
        data: { accountId, amount: (event.data as { amount: number }).amount },
      });
    },
  };
  return { context, topic, Deposited, mapper, stream: (account: string) => `${context}-${account}` };
};

export type Ledger = ReturnType<typeof ledgerContext>;

const ids = new UuidV7Generator();

/** A `Deposited` event (another `type` makes an event the mapper keeps private). */
export const deposit = (amount: number, type = 'Deposited'): NewEvent => ({
  eventId: ids.next(),
  type,
  schemaVersion: 1,
  data: { amount },
  metadata: {
    correlationId: 'kafka-test',
    causationId: null,
    actorId: 'tester',
    actorRole: 'system',
    occurredAt: new Date().toISOString(),
  },
});

/** The consumer side's read model: a running total per account and one row per applied event. */
export const TOTALS_SCHEMA = [
  'CREATE TABLE totals (account_id text PRIMARY KEY, n bigint NOT NULL DEFAULT 0)',
  // No unique constraint on purpose: an event applied twice shows up as two rows.
  'CREATE TABLE applied (event_id text NOT NULL, account_id text NOT NULL, amount int NOT NULL)',
  // Written outside the effect's transaction each time the inbox drops a redelivered message.
  'CREATE TABLE inbox_drops (event_id text NOT NULL)',
] as const;

const depositedData = z.object({ accountId: z.string(), amount: z.number().int() });

/** A non-idempotent effect: applying an event twice adds its amount twice and writes a second row. */
export const totalsConsumer = (name: string, topic: string): IntegrationEventConsumer => ({
  name,
  topics: [topic],
  handle: async (event, tx) => {
    const { accountId, amount } = depositedData.parse(event.data);
    await tx.query('UPDATE totals SET n = n + $2 WHERE account_id = $1', [accountId, amount]);
    await tx.query('INSERT INTO applied (event_id, account_id, amount) VALUES ($1, $2, $3)', [
      event.id,
      accountId,
      amount,
    ]);
  },
});

/** The real inbox, plus a note (committed on its own) of every redelivery it drops: evidence it was needed. */
export const countingInbox = (db: SqlDatabase): ConsumerInbox => {
  const inbox = new PostgresConsumerInbox();
  return {
    setup: (executor) => inbox.setup(executor),
    markHandled: async (tx, consumer, messageId) => {
      const fresh = await inbox.markHandled(tx, consumer, messageId);
      if (!fresh) await db.query('INSERT INTO inbox_drops (event_id) VALUES ($1)', [messageId]);
      return fresh;
    },
    markAllHandled: async (tx, consumer, messageIds) => {
      const fresh = await inbox.markAllHandled(tx, consumer, messageIds);
      for (const messageId of messageIds.filter((id) => !fresh.has(id)))
        await db.query('INSERT INTO inbox_drops (event_id) VALUES ($1)', [messageId]);
      return fresh;
    },
  };
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
