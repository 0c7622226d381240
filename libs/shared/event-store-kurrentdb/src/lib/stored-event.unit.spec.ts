import type { NewEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { MalformedStoredEventError } from './errors';
import { canonicalJson, sameContent, toEventData, toRecordedEvent } from './stored-event';
import type { KurrentRecordedEvent } from './stored-event';

const sent: NewEvent = {
  eventId: '0195a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  type: 'AppealSubmitted',
  schemaVersion: 2,
  data: { appealId: 'A-1', title: '营商环境', amounts: [1, 2.5] },
  metadata: {
    correlationId: 'req-1',
    causationId: null,
    actorId: 'user-9',
    actorRole: 'enterprise',
    occurredAt: '2025-03-01T08:00:00.000Z',
  },
};

/** What KurrentDB gives back for `sent` once stored: JSON round-tripped, with revision, time and position. */
const storedAs = (event: NewEvent, overrides: Partial<KurrentRecordedEvent> = {}): KurrentRecordedEvent => {
  const data = toEventData(event);
  return {
    streamId: 'ns-appeal-A-1',
    id: data.id,
    type: data.type,
    revision: 4n,
    created: new Date('2025-03-01T08:00:00.123Z'),
    isJson: true,
    data: JSON.parse(JSON.stringify(data.data)) as unknown,
    metadata: JSON.parse(JSON.stringify(data.metadata)) as unknown,
    position: { commit: 9000n, prepare: 9000n },
    ...overrides,
  };
};

describe('toEventData', () => {
  it('uses our event id and type, JSON content, and our envelope as metadata', () => {
    const data = toEventData(sent);
    expect(data).toMatchObject({
      id: sent.eventId,
      type: 'AppealSubmitted',
      contentType: 'application/json',
      data: sent.data,
      metadata: { schemaVersion: 2, correlationId: 'req-1', $correlationId: 'req-1' },
    });
  });

  it('stores absent data as JSON null, and takes arrays and strings as data', () => {
    expect(toEventData({ ...sent, data: undefined }).data).toBeNull();
    expect(toEventData({ ...sent, data: [1, 'two'] }).data).toEqual([1, 'two']);
    expect(toEventData({ ...sent, data: 'just a string' }).data).toBe('just a string');
  });
});

describe('toRecordedEvent', () => {
  it('gives back the appended event with its stream, revision, position, cursor and recorded time', () => {
    expect(toRecordedEvent(storedAs(sent), 'appeal-A-1')).toEqual({
      ...sent,
      streamId: 'appeal-A-1',
      streamRevision: 4,
      globalPosition: 9000n,
      cursor: '9000/9000',
      recordedAt: new Date('2025-03-01T08:00:00.123Z'),
    });
  });

  it('refuses binary events, foreign metadata and events without a position', () => {
    const bad: Partial<KurrentRecordedEvent>[] = [
      { isJson: false },
      { metadata: { foo: 1 } },
      { metadata: undefined },
      { position: undefined },
      { position: { commit: 0xffff_ffff_ffff_ffffn, prepare: 0xffff_ffff_ffff_ffffn } },
    ];
    for (const overrides of bad) {
      expect(() => toRecordedEvent(storedAs(sent, overrides), 'appeal-A-1')).toThrow(
        MalformedStoredEventError,
      );
    }
  });
});

describe('sameContent', () => {
  const recorded = toRecordedEvent(storedAs(sent), 'appeal-A-1');

  it('holds for the stored form of the sent event, whatever the key order', () => {
    expect(sameContent(sent, recorded)).toBe(true);
    const reordered = { ...sent, data: { amounts: [1, 2.5], title: '营商环境', appealId: 'A-1' } };
    expect(sameContent(reordered, recorded)).toBe(true);
  });

  it('holds for absent data stored as null', () => {
    const withoutData = { ...sent, data: undefined };
    expect(sameContent(withoutData, toRecordedEvent(storedAs(withoutData), 'appeal-A-1'))).toBe(true);
  });

  it('fails when an event reuses the id with other content', () => {
    expect(sameContent({ ...sent, data: { appealId: 'A-2' } }, recorded)).toBe(false);
    expect(sameContent({ ...sent, type: 'AppealWithdrawn' }, recorded)).toBe(false);
    expect(sameContent({ ...sent, schemaVersion: 1 }, recorded)).toBe(false);
    expect(sameContent({ ...sent, metadata: { ...sent.metadata, actorId: 'user-8' } }, recorded)).toBe(false);
  });

  it('canonical JSON sorts keys at every depth but keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
