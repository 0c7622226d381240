import { describe, expect, it } from 'vitest';
import type { EventStore, ExpectedRevision, LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { collectFromLog, newEvent, sleep, tailCursor, uniqueStreamId } from './contract-fixtures';
import type { ContractStores } from './contract-stores';

/** Every stream's events appear in the log in revision order, starting at 0, each once. */
const expectStreamOrder = (log: readonly RecordedEvent[]): void => {
  const next = new Map<string, number>();
  for (const event of log) {
    expect(event.streamRevision, `${event.streamId} out of order`).toBe(next.get(event.streamId) ?? 0);
    next.set(event.streamId, event.streamRevision + 1);
  }
};

const expectUnique = (values: readonly unknown[]): void => expect(new Set(values).size).toBe(values.length);

/** Appends `appends` batches of 1-4 events to its own stream, recording each event id once committed. */
const writeStream = async (
  store: EventStore,
  streamId: string,
  appends: number,
  written: string[],
): Promise<void> => {
  let expectedRevision: ExpectedRevision = 'no_stream';
  for (let i = 0; i < appends; i++) {
    const batch = Array.from({ length: 1 + ((streamId.length + i) % 4) }, (_, k) =>
      newEvent('ContractCaughtUp', { i, k }),
    );
    const result = await store.appendToStream(streamId, batch, { expectedRevision });
    expectedRevision = result.nextExpectedRevision;
    written.push(...batch.map((event) => event.eventId));
  }
};

export const globalLogContract = (stores: () => ContractStores): void => {
  describe('global log', () => {
    it('orders the log consistently with every stream, with unique positions', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const [a, b, c] = [uniqueStreamId('order-a'), uniqueStreamId('order-b'), uniqueStreamId('order-c')];
      const sequential: string[] = [];
      const revisions = new Map<string, ExpectedRevision>();
      for (const streamId of [a, b, a, c, b, a, c, c, b]) {
        const event = newEvent('ContractOrdered', { streamId });
        const result = await plain.appendToStream(streamId, [event], {
          expectedRevision: revisions.get(streamId) ?? 'no_stream',
        });
        revisions.set(streamId, result.nextExpectedRevision);
        sequential.push(event.eventId);
      }
      const concurrentStreams = Array.from({ length: 5 }, (_, i) => uniqueStreamId(`order-concurrent-${i}`));
      const concurrent: string[] = [];
      await Promise.all(concurrentStreams.map((streamId) => writeStream(plain, streamId, 4, concurrent)));
      const own = new Set([a, b, c, ...concurrentStreams]);
      const total = sequential.length + concurrent.length;

      const paged = await collectFromLog(plain, start, own, total, { pageSize: 3 });

      expect(paged).toHaveLength(total);
      expectStreamOrder(paged);
      expectUnique(paged.map((event) => event.eventId));
      expectUnique(paged.map((event) => event.globalPosition));
      expectUnique(paged.map((event) => event.cursor));
      // Appends that finished before the next one started are read in that order.
      const ids = paged.map((event) => event.eventId);
      expect(ids.filter((id) => sequential.includes(id))).toEqual(sequential);
      expect(new Set(ids)).toEqual(new Set([...sequential, ...concurrent]));
      // Page size does not change the order.
      const whole = await collectFromLog(plain, start, own, total, { pageSize: 1_000 });
      expect(whole.map((event) => event.eventId)).toEqual(ids);
    });

    it('lets a reader resuming from its checkpoint see every event exactly once while writers append', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const streams = Array.from({ length: 10 }, (_, i) => uniqueStreamId(`catch-up-${i}`));
      const own = new Set(streams);
      const written: string[] = [];
      const seen: RecordedEvent[] = [];
      let writing = true;
      let reads = 0;

      const read = async (): Promise<void> => {
        let checkpoint: LogCursor = start;
        let deadline = Number.POSITIVE_INFINITY;
        while (Date.now() < deadline) {
          const page = await plain.readAll({ after: checkpoint, limit: 50 });
          reads++;
          for (const event of page) if (own.has(event.streamId)) seen.push(event);
          const last = page[page.length - 1];
          if (last !== undefined) {
            checkpoint = last.cursor;
            continue;
          }
          if (!writing) {
            if (seen.length >= written.length) return;
            // A reader that skipped an event never sees it; give a late one a fair chance, then stop.
            deadline = Math.min(deadline, Date.now() + 20_000);
          }
          // Close behind the writers while they write: that is where a reader that skips would skip.
          await sleep(writing ? 1 : 10);
        }
      };
      const write = async (): Promise<void> => {
        try {
          await Promise.all(streams.map((streamId) => writeStream(plain, streamId, 30, written)));
        } finally {
          writing = false;
        }
      };

      await Promise.all([read(), write()]);

      expect(reads).toBeGreaterThan(1);
      expect(seen.map((event) => event.eventId).sort()).toEqual([...written].sort());
      expectUnique(seen.map((event) => event.eventId));
      expectStreamOrder(seen);
    });
  });
};
