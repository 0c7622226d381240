import { describe, expect, it } from 'vitest';
import {
  IdempotencyKeyUsedError,
  WrongExpectedRevisionError,
  type EventStore,
  type LogCursor,
  type RecordedEvent,
  type StreamAppend,
} from '@qinqing/shared/event-sourcing';
import {
  collectFromLog,
  eventMetadata,
  newEvent,
  newId,
  numberedEvents,
  rejectionOf,
  tailCursor,
  uniqueStreamId,
} from './contract-fixtures';
import { GREETED, type ContractStores } from './contract-stores';
import type { EventStoreLimitations } from '../event-store-contract-subject';

type MultiStreamStore = EventStore & Required<Pick<EventStore, 'readStreams' | 'appendMany'>>;

/** The store's multi-stream operations; fails the test when the store lacks them. */
const multiStream = (store: EventStore): MultiStreamStore => {
  if (store.readStreams === undefined || store.appendMany === undefined) {
    throw new Error(
      'The store has no readStreams/appendMany: implement them, or declare the multiStream limitation',
    );
  }
  return store as MultiStreamStore;
};

const streamWith = async (store: EventStore, count: number, purpose: string): Promise<string> => {
  const streamId = uniqueStreamId(purpose);
  await store.appendToStream(streamId, numberedEvents(count, purpose), { expectedRevision: 'no_stream' });
  return streamId;
};

/** Every event of `streams` in the log after `after`, up to now (a marker appended first bounds the read). */
const loggedSince = async (
  store: EventStore,
  after: LogCursor,
  streams: readonly string[],
  expected: number,
): Promise<RecordedEvent[]> => collectFromLog(store, after, new Set(streams), expected, { timeoutMs: 5_000 });

export const multiStreamContract = (
  stores: () => ContractStores,
  limitations: EventStoreLimitations = {},
): void => {
  const missing = limitations.multiStream;
  if (missing !== undefined) {
    describe(`several streams at once — SKIPPED: ${missing.missingBecause}`, () => {
      it('offers neither readStreams nor appendMany, so callers take the stream-by-stream path', () => {
        const { plain } = stores();
        expect(plain.readStreams).toBeUndefined();
        expect(plain.appendMany).toBeUndefined();
      });
    });
    return;
  }

  describe('several streams at once', () => {
    it('reads several streams in one call, each in revision order, a missing one as empty, upcast', async () => {
      const { plain, upcasting } = stores();
      const two = await streamWith(plain, 2, 'many-read-two');
      const three = await streamWith(plain, 3, 'many-read-three');
      const greeted = uniqueStreamId('many-read-greeted');
      await plain.appendToStream(greeted, [newEvent(GREETED, { name: '王芳' })], {
        expectedRevision: 'no_stream',
      });
      const absent = uniqueStreamId('many-read-absent');

      const read = await multiStream(upcasting).readStreams([three, absent, two, greeted]);

      expect([...read.keys()].sort()).toEqual([absent, greeted, three, two].sort());
      expect(read.get(two)).toEqual(await upcasting.readStream(two));
      expect(read.get(three)?.map((e) => e.streamRevision)).toEqual([0, 1, 2]);
      expect(read.get(absent)).toEqual([]);
      expect(read.get(greeted)?.[0]).toMatchObject({
        schemaVersion: 2,
        data: { fullName: '王芳', formal: false },
      });
    });

    it('appends to new and existing streams in one call: results in input order, revisions continued', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const fresh = uniqueStreamId('many-fresh');
      const existing = await streamWith(plain, 2, 'many-existing');
      const anywhere = await streamWith(plain, 1, 'many-any');
      const appends: StreamAppend[] = [
        { streamId: fresh, expectedRevision: 'no_stream', events: numberedEvents(2, 'fresh') },
        { streamId: existing, expectedRevision: 1, events: numberedEvents(1, 'existing') },
        { streamId: anywhere, expectedRevision: 'any', events: [newEvent('ContractNoted', { n: 1 })] },
      ];
      const seen: [LogCursor, readonly string[]][] = [];
      const stop = plain.onAppended((last, eventTypes) => seen.push([last, [...eventTypes].sort()]));

      const results = await multiStream(plain).appendMany(appends);
      stop();

      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 2, 1]);
      expect(results.map((r) => r.events.map((e) => [e.streamId, e.streamRevision]))).toEqual([
        [
          [fresh, 0],
          [fresh, 1],
        ],
        [[existing, 2]],
        [[anywhere, 1]],
      ]);
      const appended = results.flatMap((r) => r.events);
      expect(appended.map((e) => e.eventId)).toEqual(appends.flatMap((a) => a.events.map((e) => e.eventId)));
      expect(await plain.readStream(fresh)).toEqual(results[0]?.events);
      expect((await plain.readStream(existing)).slice(2)).toEqual(results[1]?.events);
      const positions = appended.map((e) => e.globalPosition);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(positions).size).toBe(positions.length);
      const logged = await loggedSince(plain, start, [fresh, existing, anywhere], 4 + 3);
      expect(logged.slice(-4).map((e) => e.eventId)).toEqual(appended.map((e) => e.eventId));
      expect(seen).toEqual([[appended[appended.length - 1]?.cursor, ['ContractNoted', 'ContractNumbered']]]);
    });

    it('puts one call’s events next to each other in the global log while other writers append', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const streams = [uniqueStreamId('many-adjacent-a'), uniqueStreamId('many-adjacent-b')];
      const others = Array.from({ length: 6 }, (_, i) => uniqueStreamId(`many-adjacent-other-${i}`));

      const [results] = await Promise.all([
        multiStream(plain).appendMany(
          streams.map((streamId) => ({
            streamId,
            expectedRevision: 'no_stream' as const,
            events: numberedEvents(20, streamId),
          })),
        ),
        ...others.map((streamId) =>
          plain.appendToStream(streamId, numberedEvents(3, streamId), { expectedRevision: 'no_stream' }),
        ),
      ]);

      const mine = results.flatMap((r) => r.events.map((e) => e.eventId));
      const logged = (await loggedSince(plain, start, [...streams, ...others], 40 + 18)).map(
        (e) => e.eventId,
      );
      const first = logged.indexOf(mine[0] as string);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(logged.slice(first, first + mine.length)).toEqual(mine);
    });

    it('appends nothing of the call when one stream is past its expected revision', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const fresh = uniqueStreamId('many-atomic-fresh');
      const moved = await streamWith(plain, 2, 'many-atomic-moved');
      const after = await tailCursor(plain);

      const error = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId: fresh, expectedRevision: 'no_stream', events: numberedEvents(2) },
          { streamId: moved, expectedRevision: 0, events: numberedEvents(1) },
        ]),
      );

      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId: moved, expected: 0, actual: 1 });
      expect(await plain.readStream(fresh)).toEqual([]);
      expect(await plain.readStream(moved)).toHaveLength(2);
      expect(await loggedSince(plain, after, [fresh, moved], 0)).toEqual([]);
      expect(await loggedSince(plain, start, [fresh, moved], 2)).toHaveLength(2);
    });

    it('appends nothing of the call when one stream is short of its expectation or already exists', async () => {
      const { plain } = stores();
      const fresh = uniqueStreamId('many-short-fresh');
      const short = await streamWith(plain, 2, 'many-short');
      const taken = await streamWith(plain, 1, 'many-taken');
      const after = await tailCursor(plain);

      const notReached = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId: fresh, expectedRevision: 'no_stream', events: numberedEvents(1) },
          { streamId: short, expectedRevision: 5, events: numberedEvents(1) },
        ]),
      );
      const exists = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId: short, expectedRevision: 1, events: numberedEvents(1) },
          { streamId: taken, expectedRevision: 'no_stream', events: numberedEvents(1) },
        ]),
      );

      expect(notReached).toBeInstanceOf(WrongExpectedRevisionError);
      expect(notReached).toMatchObject({ streamId: short, expected: 5, actual: 1 });
      expect(exists).toBeInstanceOf(WrongExpectedRevisionError);
      expect(exists).toMatchObject({ streamId: taken, expected: 'no_stream', actual: 0 });
      expect(await loggedSince(plain, after, [fresh, short, taken], 0)).toEqual([]);
    });

    it('keeps each stream’s idempotency key, and appends nothing of a call using a used key', async () => {
      const { plain } = stores();
      const key = `contract-many-${newId()}`;
      const keyed = uniqueStreamId('many-keyed');
      const unkeyed = uniqueStreamId('many-unkeyed');
      const metadata = eventMetadata({ idempotencyKey: key });
      const [first] = await multiStream(plain).appendMany([
        {
          streamId: keyed,
          expectedRevision: 'no_stream',
          idempotencyKey: key,
          events: [
            newEvent('ContractKeyed', { n: 1 }, { metadata }),
            newEvent('ContractKeyed', { n: 2 }, { metadata }),
          ],
        },
        { streamId: unkeyed, expectedRevision: 'no_stream', events: numberedEvents(1) },
      ]);
      expect(await plain.findByIdempotencyKey(key)).toEqual(first?.events);
      expect(first?.events.map((e) => e.metadata.idempotencyKey)).toEqual([key, key]);
      const after = await tailCursor(plain);
      const other = uniqueStreamId('many-keyed-other');

      const error = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId: other, expectedRevision: 'no_stream', events: numberedEvents(1) },
          { streamId: unkeyed, expectedRevision: 0, idempotencyKey: key, events: numberedEvents(1) },
        ]),
      );

      expect(error).toBeInstanceOf(IdempotencyKeyUsedError);
      expect(error).toMatchObject({ idempotencyKey: key });
      expect(await loggedSince(plain, after, [keyed, unkeyed, other], 0)).toEqual([]);
    });

    it('answers a re-sent call with the stored events and appends nothing', async () => {
      const { plain } = stores();
      const existing = await streamWith(plain, 1, 'many-resend');
      const fresh = uniqueStreamId('many-resend-fresh');
      const appends: StreamAppend[] = [
        { streamId: existing, expectedRevision: 0, events: numberedEvents(2) },
        { streamId: fresh, expectedRevision: 'no_stream', events: numberedEvents(1) },
      ];
      const first = await multiStream(plain).appendMany(appends);
      const after = await tailCursor(plain);

      const again = await multiStream(plain).appendMany(appends);

      expect(again).toEqual(first);
      expect(await loggedSince(plain, after, [existing, fresh], 0)).toEqual([]);
    });

    it('refuses a stream named twice or an append without events, appending nothing', async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('many-twice');
      const other = uniqueStreamId('many-twice-other');

      const twice = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId, expectedRevision: 'no_stream', events: numberedEvents(1) },
          { streamId, expectedRevision: 'any', events: numberedEvents(1) },
        ]),
      );
      const empty = await rejectionOf(
        multiStream(plain).appendMany([
          { streamId: other, expectedRevision: 'no_stream', events: numberedEvents(1) },
          { streamId, expectedRevision: 'no_stream', events: [] },
        ]),
      );

      expect(twice).toBeInstanceOf(RangeError);
      expect(empty).toBeInstanceOf(RangeError);
      expect(await multiStream(plain).readStreams([streamId, other])).toEqual(
        new Map([
          [streamId, []],
          [other, []],
        ]),
      );
    });
  });
};
