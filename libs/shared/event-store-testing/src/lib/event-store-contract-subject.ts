import type { EventStore, UpcasterRegistry } from '@qinqing/shared/event-sourcing';

/** An event store adapter under test, as the contract suite sees it. */
export interface EventStoreContractSubject {
  /** Called in beforeAll; may be called several times; each store reads and writes the same underlying store. */
  createStore(options: { upcasters: UpcasterRegistry }): Promise<EventStore>;
  /** Called in afterAll. */
  dispose?(): Promise<void>;
}

/**
 * Guarantees an adapter may lack, with the reason; the tests of a missing guarantee are skipped under a
 * title that says so, never silently.
 */
export interface EventStoreLimitations {
  /** The store cannot refuse an event id already used in another stream (KurrentDB indexes ids per stream). */
  readonly eventIdsUniqueAcrossStreams?: { readonly missingBecause: string };
  /**
   * The store offers no `readStreams`/`appendMany` (it cannot append to several streams atomically); the
   * suite then checks that it really offers neither, so callers take the stream-by-stream path.
   */
  readonly multiStream?: { readonly missingBecause: string };
}
