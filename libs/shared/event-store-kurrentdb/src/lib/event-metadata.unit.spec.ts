import type { EventMetadata } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { decodeEventMetadata, encodeEventMetadata } from './event-metadata';

const metadata: EventMetadata = {
  correlationId: 'req-1',
  causationId: 'evt-0',
  actorId: 'user-9',
  actorRole: 'officer',
  occurredAt: '2025-03-01T08:00:00.000Z',
  idempotencyKey: 'key-1',
};

describe('event metadata in KurrentDB', () => {
  it('stores the schema version, our envelope and KurrentDB $correlationId / $causationId', () => {
    expect(encodeEventMetadata(3, metadata)).toEqual({
      schemaVersion: 3,
      correlationId: 'req-1',
      causationId: 'evt-0',
      actorId: 'user-9',
      actorRole: 'officer',
      occurredAt: '2025-03-01T08:00:00.000Z',
      idempotencyKey: 'key-1',
      $correlationId: 'req-1',
      $causationId: 'evt-0',
    });
  });

  it('leaves out what is absent: no key, no $causationId for a command from outside', () => {
    const stored = encodeEventMetadata(1, { ...metadata, causationId: null, idempotencyKey: undefined });
    expect(stored).not.toHaveProperty('idempotencyKey');
    expect(stored).not.toHaveProperty('$causationId');
    expect(stored.causationId).toBeNull();
  });

  it('reads back exactly the metadata that was appended, through JSON', () => {
    for (const sent of [metadata, { ...metadata, causationId: null, idempotencyKey: undefined }]) {
      const raw: unknown = JSON.parse(JSON.stringify(encodeEventMetadata(2, sent)));
      const decoded = decodeEventMetadata(raw);
      expect(decoded).toEqual({ schemaVersion: 2, metadata: sent });
      expect(decoded).not.toHaveProperty('metadata.$correlationId');
    }
  });

  it('names the problem when metadata is not our envelope', () => {
    expect(decodeEventMetadata(undefined)).toHaveProperty('problem');
    expect(decodeEventMetadata({ ...encodeEventMetadata(1, metadata), schemaVersion: 0 })).toHaveProperty(
      'problem',
    );
    const { actorId: _actorId, ...withoutActor } = encodeEventMetadata(1, metadata);
    expect(decodeEventMetadata(withoutActor)).toMatchObject({ problem: expect.stringContaining('actorId') });
  });

  it('refuses to write a schema version below 1', () => {
    expect(() => encodeEventMetadata(0, metadata)).toThrow(RangeError);
  });
});
