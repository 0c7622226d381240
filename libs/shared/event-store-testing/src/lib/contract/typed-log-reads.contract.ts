import { describe, expect, it } from 'vitest';
import type { EventStore, LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { collectFromLog, newEvent, newId, tailCursor, uniqueStreamId } from './contract-fixtures';
import { GREETED, type ContractStores } from './contract-stores';

/**
 * Pages through the log from `after` with `readAllOfTypes` until the window is empty, keeping the events of
 * `streams`; checks every window on the way.
 */
const collectOfTypes = async (
  store: EventStore,
  after: LogCursor,
  types: readonly string[],
  streams: ReadonlySet<string>,
  limit: number,
): Promise<RecordedEvent[]> => {
  const read = store.readAllOfTypes?.bind(store);
  if (read === undefined) throw new Error(`${store.kind} offers no readAllOfTypes`);
  const seen: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    const window = await read({ after: cursor, limit, types });
    expect(window.scanned).toBeLessThanOrEqual(limit);
    expect(window.events.length).toBeLessThanOrEqual(window.scanned);
    for (const event of window.events) expect(types).toContain(event.type);
    if (window.scannedTo === null) {
      expect(window).toEqual({ events: [], scanned: 0, scannedTo: null });
      return seen;
    }
    expect(store.compareCursors(window.scannedTo, cursor)).toBeGreaterThan(0);
    seen.push(...window.events.filter((event) => streams.has(event.streamId)));
    cursor = window.scannedTo;
  }
};

/** Optional capability: a window of the log with only some types' events returned (followers' reads). */
export const typedLogReadsContract = (stores: () => ContractStores): void => {
  describe('reads of the log by event type', () => {
    it('returns the wanted types’ events of each window exactly as readAll does, and moves past the others', async (context) => {
      const { plain } = stores();
      // Not offered: followers fall back to readAll; the test shows as skipped.
      if (plain.readAllOfTypes === undefined) context.skip();
      const start = await tailCursor(plain);
      const [wanted, other, alsoWanted] = ['Wanted', 'Other', 'AlsoWanted'].map(
        (t) => `ContractTyped${t}${newId()}`,
      );
      const streamId = uniqueStreamId('typed');
      await plain.appendToStream(
        streamId,
        [wanted, other, other, alsoWanted, other, wanted].map((type, i) => newEvent(type as string, { i })),
        { expectedRevision: 'no_stream' },
      );
      // Once readAll shows them (PostgreSQL may show a commit a little late behind another transaction).
      const all = await collectFromLog(plain, start, new Set([streamId]), 6);

      const typed = await collectOfTypes(
        plain,
        start,
        [wanted as string, alsoWanted as string],
        new Set([streamId]),
        2,
      );

      expect(typed).toEqual(all.filter((event) => event.type !== other));
    });

    it('selects by the type an event is read as: upcast events come upcast', async (context) => {
      const { plain, upcasting } = stores();
      if (upcasting.readAllOfTypes === undefined) context.skip();
      const start = await tailCursor(plain);
      const streamId = uniqueStreamId('typed-upcast');
      await plain.appendToStream(streamId, [newEvent(GREETED, { name: 'Li Lei' })], {
        expectedRevision: 'no_stream',
      });

      // Once readAll shows it (PostgreSQL may show a commit a little late behind another transaction).
      const read = await collectFromLog(upcasting, start, new Set([streamId]), 1);

      const typed = await collectOfTypes(upcasting, start, [GREETED], new Set([streamId]), 50);

      expect(typed).toEqual(read);
      expect(typed[0]).toMatchObject({ schemaVersion: 2, data: { fullName: 'Li Lei' } });
    });
  });
};
