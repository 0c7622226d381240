import { describe, expect, it } from 'vitest';
import { WrongExpectedRevisionError, type EventStore } from '@qinqing/shared/event-sourcing';
import { numberedEvents, rejectionOf, uniqueStreamId } from './contract-fixtures';
import type { ContractStores } from './contract-stores';

const streamWith = async (store: EventStore, count: number): Promise<string> => {
  const streamId = uniqueStreamId('revision');
  await store.appendToStream(streamId, numberedEvents(count), { expectedRevision: 'no_stream' });
  return streamId;
};

export const expectedRevisionContract = (stores: () => ContractStores): void => {
  describe('expected revision', () => {
    it("refuses 'no_stream' on an existing stream and appends nothing", async () => {
      const { plain } = stores();
      const streamId = await streamWith(plain, 2);
      const error = await rejectionOf(
        plain.appendToStream(streamId, numberedEvents(1), { expectedRevision: 'no_stream' }),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 'no_stream', actual: 1 });
      expect(await plain.readStream(streamId)).toHaveLength(2);
    });

    it('refuses a stale revision', async () => {
      const { plain } = stores();
      const streamId = await streamWith(plain, 3);
      const error = await rejectionOf(
        plain.appendToStream(streamId, numberedEvents(2), { expectedRevision: 0 }),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 0, actual: 2 });
      expect(await plain.readStream(streamId)).toHaveLength(3);
    });

    it('refuses a revision the stream has not reached', async () => {
      const { plain } = stores();
      const streamId = await streamWith(plain, 3);
      const error = await rejectionOf(
        plain.appendToStream(streamId, numberedEvents(1), { expectedRevision: 7 }),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 7, actual: 2 });
      expect(await plain.readStream(streamId)).toHaveLength(3);
    });

    it('refuses a revision on a stream that does not exist', async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('revision-missing');
      const error = await rejectionOf(
        plain.appendToStream(streamId, numberedEvents(1), { expectedRevision: 0 }),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 0, actual: 'no_stream' });
      expect(await plain.readStream(streamId)).toEqual([]);
    });

    it("appends with 'any' whatever the stream looks like", async () => {
      const { plain } = stores();
      const streamId = uniqueStreamId('revision-any');
      const created = await plain.appendToStream(streamId, numberedEvents(2), { expectedRevision: 'any' });
      const continued = await plain.appendToStream(streamId, numberedEvents(1), { expectedRevision: 'any' });
      expect(created.nextExpectedRevision).toBe(1);
      expect(continued.nextExpectedRevision).toBe(2);
      expect((await plain.readStream(streamId)).map((event) => event.streamRevision)).toEqual([0, 1, 2]);
    });
  });
};
