import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LogCursor, RecordedEvent } from './envelope';
import { nameBasedUuid } from './ids';
import { type IntegrationEventMapper, mapToIntegrationEvents } from './integration-events.port';
import { derivedIntegrationEventId, toOutboundIntegrationEvent } from './outbound-integration-event';

const TOPIC = 'qinqing.test-ledger.events.v1';
const define = (type: string) =>
  defineIntegrationEvent({
    type,
    version: 1,
    topic: TOPIC,
    source: '/qinqing/test-ledger',
    schema: z.object({ accountId: z.string() }),
  });
const Deposited = define('cn.qinqing.test-ledger.deposited.v1');
const TellerActed = define('cn.qinqing.test-ledger.teller-acted.v1');

const recorded: RecordedEvent = {
  eventId: '01960000-0000-7000-8000-0000000000e1',
  type: 'Deposited',
  schemaVersion: 1,
  data: {},
  metadata: {
    correlationId: 'c',
    causationId: null,
    actorId: 'teller-7',
    actorRole: 'service-staff',
    occurredAt: '2026-06-01T02:00:00.000Z',
  },
  streamId: 'ledger-a',
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1' as LogCursor,
  recordedAt: new Date('2026-06-01T02:00:00.000Z'),
};

const main: IntegrationEventMapper = {
  context: 'test-ledger',
  map: (event) => toOutboundIntegrationEvent(Deposited, event, { subject: 'a', data: { accountId: 'a' } }),
};
const oversight: IntegrationEventMapper = {
  context: 'test-ledger',
  map: (event) =>
    toOutboundIntegrationEvent(TellerActed, event, {
      subject: 'a',
      data: { accountId: event.metadata.actorId },
      derivedId: true,
    }),
};
const nothing: IntegrationEventMapper = { context: 'other', map: () => null };

describe('several mappers of one domain event', () => {
  it('gives each mapper’s public event, in the mappers’ order; the second under an id of its own', () => {
    const out = mapToIntegrationEvents([nothing, main, oversight], recorded);
    expect(out.map((o) => o.cloudEvent.type)).toEqual([Deposited.type, TellerActed.type]);
    expect(out[0]?.cloudEvent.id).toBe(recorded.eventId);
    expect(out[1]?.cloudEvent.id).toBe(derivedIntegrationEventId(recorded.eventId, TellerActed.type));
    expect(out[1]?.cloudEvent.id).not.toBe(recorded.eventId);
    // The same on every resend, so a consumer's inbox recognises it.
    expect(mapToIntegrationEvents([main, oversight], recorded)[1]?.cloudEvent.id).toBe(out[1]?.cloudEvent.id);
    expect(out.every((o) => o.key === 'a' && o.topic === TOPIC)).toBe(true);
  });

  it('gives none when no mapper maps it', () => {
    expect(mapToIntegrationEvents([nothing], recorded)).toEqual([]);
  });

  it('refuses two public events under one id: a consumer’s inbox would drop the second', () => {
    expect(() => mapToIntegrationEvents([main, { ...main, context: 'copy' }], recorded)).toThrow(
      /share the id/u,
    );
  });
});

describe('nameBasedUuid', () => {
  it('is RFC 9562 version 5 (the RFC’s own example: www.example.com in the DNS namespace)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('differs by name and by namespace', () => {
    const ns = '5b0f6c2e-8d4a-4f39-9a57-1c3e2d7b6a90';
    expect(nameBasedUuid(ns, 'a')).not.toBe(nameBasedUuid(ns, 'b'));
    expect(nameBasedUuid(ns, 'a')).not.toBe(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'a'));
  });
});
