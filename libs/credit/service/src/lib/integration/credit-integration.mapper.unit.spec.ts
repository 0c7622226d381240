import { RecordOpenedV1, CREDIT_TOPIC } from '@qinqing/credit/contracts';
import { recordStreamId } from '@qinqing/credit/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { creditIntegrationMapper } from './credit-integration.mapper';

const recorded = (
  streamId: string,
  event: { readonly type: string; readonly data: unknown },
): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'staff-1',
    actorRole: 'administrator',
    occurredAt: '2026-12-02T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-12-02T02:00:00.000Z'),
});

const opened = {
  type: 'RecordOpened',
  data: { recordId: 'first', title: '第一条', openedBy: 'staff-1', openedAt: '2026-12-02T02:00:00.000Z' },
};

describe('the credit public events', () => {
  it('publishes an opened record on its topic, keyed by its id, without who opened it', () => {
    const out = creditIntegrationMapper.map(recorded(recordStreamId('first'), opened));
    expect(out?.topic).toBe(CREDIT_TOPIC);
    expect(out?.key).toBe('first');
    expect(out?.cloudEvent).toMatchObject({ id: '01890000-0000-7000-8000-000000000001', subject: 'first' });
    expect(out === null ? null : parseCloudEvent(RecordOpenedV1, out.cloudEvent).data).toEqual({
      recordId: 'first',
      title: '第一条',
      openedAt: '2026-12-02T02:00:00.000Z',
    });
    expect(JSON.stringify(out)).not.toContain('staff-1');
  });

  it('leaves other contexts’ streams alone', () => {
    expect(creditIntegrationMapper.map(recorded('appeals-request-first', opened))).toBeNull();
  });
});
