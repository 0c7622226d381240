import {
  UuidV7Generator,
  type EventMetadata,
  type EventStore,
  type LogCursor,
  type NewEvent,
  type RecordedEvent,
} from '@qinqing/shared/event-sourcing';

const ids = new UuidV7Generator();

export const newId = (): string => ids.next();

/** Stream ids are unique per test: the store under test may be shared with other suites and earlier runs. */
export const uniqueStreamId = (purpose: string): string => `contract_${purpose}-${newId()}`;

export const eventMetadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  correlationId: newId(),
  causationId: null,
  actorId: 'contract-actor',
  actorRole: 'contract-tester',
  occurredAt: '2024-05-06T07:08:09.123Z',
  ...overrides,
});

export const newEvent = (
  type: string,
  data: unknown,
  options: { readonly schemaVersion?: number; readonly metadata?: EventMetadata } = {},
): NewEvent => ({
  eventId: newId(),
  type,
  schemaVersion: options.schemaVersion ?? 1,
  data,
  metadata: options.metadata ?? eventMetadata(),
});

export const numberedEvents = (count: number, label = 'numbered'): NewEvent[] =>
  Array.from({ length: count }, (_, n) => newEvent('ContractNumbered', { label, n }));

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The error a promise rejects with; fails the test when it resolves. */
export const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the operation to fail, but it succeeded');
};

/**
 * A cursor at the end of the log: the cursor of a marker event appended now. Reading after it skips the
 * (possibly large, possibly shared) history, and every event appended later comes after it.
 */
export const tailCursor = async (store: EventStore): Promise<LogCursor> => {
  const { events } = await store.appendToStream(uniqueStreamId('marker'), [newEvent('ContractMarker', {})], {
    expectedRevision: 'no_stream',
  });
  return (events[0] as RecordedEvent).cursor;
};

export interface CollectOptions {
  readonly pageSize?: number;
  /** A store may show committed events a little late (PostgreSQL behind a long transaction elsewhere). */
  readonly timeoutMs?: number;
}

/**
 * Pages through the global log after `after` and returns the events of `streams` in log order, once at
 * least `expected` of them were seen and a further read found nothing new (so that surplus events, e.g.
 * duplicates, are included), or when the time is up.
 */
export const collectFromLog = async (
  store: EventStore,
  after: LogCursor,
  streams: ReadonlySet<string>,
  expected: number,
  options: CollectOptions = {},
): Promise<RecordedEvent[]> => {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const seen: RecordedEvent[] = [];
  let cursor = after;
  while (Date.now() < deadline) {
    const page = await store.readAll({ after: cursor, limit: options.pageSize ?? 100 });
    for (const event of page) if (streams.has(event.streamId)) seen.push(event);
    const last = page[page.length - 1];
    if (last !== undefined) cursor = last.cursor;
    else if (seen.length >= expected) return seen;
    else await sleep(10);
  }
  return seen;
};
