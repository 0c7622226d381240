import { describe, expect, it } from 'vitest';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
} from '@qinqing/shared/event-sourcing';
import { newEvent, sleep, uniqueStreamId } from './contract-fixtures';
import type { ContractStores } from './contract-stores';

const WRITERS = 50;

interface Win {
  readonly writer: number;
  readonly eventId: string;
  readonly revision: number;
}

/** Reads the stream, appends at the revision it read, and on a conflict reads again and retries. */
const raceToAppend = async (
  store: EventStore,
  streamId: string,
  writer: number,
  onConflict: () => void,
): Promise<Win> => {
  const event = newEvent('ContractRaced', { writer });
  for (let attempt = 1; attempt <= 10 * WRITERS; attempt++) {
    const history = await store.readStream(streamId);
    const last = history[history.length - 1];
    const expectedRevision: ExpectedRevision = last === undefined ? 'no_stream' : last.streamRevision;
    try {
      const { events } = await store.appendToStream(streamId, [event], { expectedRevision });
      return { writer, eventId: event.eventId, revision: (events[0] as RecordedEvent).streamRevision };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      onConflict();
      await sleep(Math.random() * 3);
    }
  }
  throw new Error(`Writer ${writer} never won a revision`);
};

export const concurrentWritersContract = (stores: () => ContractStores): void => {
  describe('concurrent writers', () => {
    it(`gives each revision to exactly one of ${WRITERS} racing writers and loses nothing`, async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('race');
      let conflicts = 0;

      const wins = await Promise.all(
        Array.from({ length: WRITERS }, (_, writer) =>
          raceToAppend(plain, streamId, writer, () => conflicts++),
        ),
      );

      const revisions = wins.map((win) => win.revision).sort((a, b) => a - b);
      expect(revisions).toEqual(Array.from({ length: WRITERS }, (_, i) => i));
      const stream = await plain.readStream(streamId);
      expect(stream.map((event) => event.streamRevision)).toEqual(revisions);
      expect(stream.map((event) => event.eventId).sort()).toEqual(wins.map((win) => win.eventId).sort());
      for (const win of wins) {
        expect(stream[win.revision]).toMatchObject({ eventId: win.eventId, data: { writer: win.writer } });
      }
      // The writers really raced: otherwise this test would prove nothing about conflicts.
      expect(conflicts).toBeGreaterThan(0);
    });
  });
};
