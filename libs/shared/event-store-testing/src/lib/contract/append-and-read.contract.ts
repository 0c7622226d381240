import { describe, expect, it } from 'vitest';
import type { LogCursor, NewEvent, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { eventMetadata, newEvent, newId, uniqueStreamId } from './contract-fixtures';
import type { ContractStores } from './contract-stores';

const expectEnvelope = (recorded: RecordedEvent, written: NewEvent, streamId: string, revision: number) => {
  expect(recorded).toMatchObject({
    eventId: written.eventId,
    type: written.type,
    schemaVersion: written.schemaVersion,
    streamId,
    streamRevision: revision,
  });
  expect(recorded.data).toEqual(written.data);
  expect(recorded.metadata).toEqual(written.metadata);
  expect(typeof recorded.globalPosition).toBe('bigint');
  expect(typeof recorded.cursor).toBe('string');
  expect(recorded.recordedAt).toBeInstanceOf(Date);
  expect(Math.abs(recorded.recordedAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
};

export const appendAndReadContract = (stores: () => ContractStores): void => {
  describe('append and read back', () => {
    it('keeps every envelope field and numbers the stream from revision 0', async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('append');
      const idempotencyKey = `contract-key-${newId()}`;
      const metadata = eventMetadata({
        causationId: newId(),
        actorId: 'official-7',
        actorRole: 'leading-official',
        occurredAt: '2024-11-30T23:59:59.999Z',
        idempotencyKey,
      });
      const written = [
        newEvent(
          'ContractOpened',
          {
            title: '亲清家园 service centre',
            tags: ['a', 'b'],
            nested: { ratio: 1.5, flag: true, none: null },
          },
          { metadata },
        ),
        newEvent('ContractNoted', [1, 'two', { three: 3 }], { metadata }),
        newEvent('ContractNoted', 'just a string', { metadata, schemaVersion: 1 }),
      ];

      const result = await plain.appendToStream(streamId, written, {
        expectedRevision: 'no_stream',
        idempotencyKey,
      });

      expect(result.nextExpectedRevision).toBe(2);
      expect(result.events).toHaveLength(3);
      result.events.forEach((event, i) => expectEnvelope(event, written[i] as NewEvent, streamId, i));
      expect(await plain.readStream(streamId)).toEqual(result.events);
    });

    it('tells this process’s listeners of an append: its last event’s cursor and the types it wrote', async () => {
      const { plain } = stores();
      const seen: [LogCursor, readonly string[]][] = [];
      const stop = plain.onAppended((last, eventTypes) => seen.push([last, [...eventTypes].sort()]));
      const result = await plain.appendToStream(
        uniqueStreamId('append-told'),
        [
          newEvent('ContractOpened', { n: 1 }),
          newEvent('ContractNoted', { n: 2 }),
          newEvent('ContractNoted', { n: 3 }),
        ],
        { expectedRevision: 'no_stream' },
      );
      stop();
      expect(seen).toEqual([[result.events[2]?.cursor, ['ContractNoted', 'ContractOpened']]]);
    });

    it('continues the stream from the expected revision', async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('continue');
      const first = [newEvent('ContractNoted', { n: 0 }), newEvent('ContractNoted', { n: 1 })];
      const second = [
        newEvent('ContractNoted', { n: 2 }, { metadata: eventMetadata({ causationId: null }) }),
      ];
      const third = [newEvent('ContractNoted', { n: 3 }), newEvent('ContractNoted', { n: 4 })];

      await plain.appendToStream(streamId, first, { expectedRevision: 'no_stream' });
      const afterSecond = await plain.appendToStream(streamId, second, { expectedRevision: 1 });
      const afterThird = await plain.appendToStream(streamId, third, { expectedRevision: 2 });

      expect(afterSecond.nextExpectedRevision).toBe(2);
      expect(afterThird.nextExpectedRevision).toBe(4);
      const stream = await plain.readStream(streamId);
      const written = [...first, ...second, ...third];
      expect(stream).toHaveLength(5);
      stream.forEach((event, i) => expectEnvelope(event, written[i] as NewEvent, streamId, i));
      expect(new Set(stream.map((event) => event.globalPosition)).size).toBe(5);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await stores().plain.readStream(uniqueStreamId('unknown'))).toEqual([]);
    });
  });
};
