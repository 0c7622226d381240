import { performance } from 'node:perf_hooks';
import { enterpriseRequestStreamId } from '@qinqing/appeals/domain';
import { type EventStore, UuidV7Generator } from '@qinqing/shared/event-sourcing';
import { receiptCodeOf } from './receipt-codes';

const IN_FLIGHT = 20;

/** What one stretch of the store's own appends did: how many requests' events it appended, in how long. */
export interface AppendStretch {
  readonly appended: number;
  readonly seconds: number;
}

/**
 * The store's own appends (bench:scale's yardstick for filing): the events the API stored for `requestId`,
 * appended again to fresh streams with `appendToStream` (one statement each), 20 at once, for `seconds`.
 */
export const appendFor = async (
  store: EventStore,
  requestId: string,
  seconds: number,
): Promise<AppendStretch> => {
  const ids = new UuidV7Generator();
  const template = (await store.readStream(enterpriseRequestStreamId(requestId))).map(
    ({ type, schemaVersion, data, metadata }) => ({ type, schemaVersion, data, metadata }),
  );
  if (template.length === 0) throw new Error(`no stream for ${requestId}`);
  const until = performance.now() + seconds * 1000;
  // Each copy is a request of its own, with its own id and receipt code (the log stays one the read models
  // and later runs can replay): "B" and 11 characters counted from this run's start in microseconds.
  const firstCode = Date.now() * 1000;
  let appended = 0;
  const writer = async (): Promise<void> => {
    while (performance.now() < until) {
      const copy = ids.next();
      const receiptCode = `B${receiptCodeOf(firstCode + appended).slice(1)}`;
      appended++;
      await store.appendToStream(
        enterpriseRequestStreamId(copy),
        template.map((event) => ({
          ...event,
          eventId: ids.next(),
          data:
            event.type === 'RequestSubmitted'
              ? { ...(event.data as object), requestId: copy, receiptCode }
              : event.data,
        })),
        { expectedRevision: 'no_stream' },
      );
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
  return { appended, seconds: (performance.now() - start) / 1000 };
};
