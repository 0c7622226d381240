import type { EventStore, UpcasterRegistry } from '@qinqing/shared/event-sourcing';

/** An event store adapter under test, as the contract suite sees it. */
export interface EventStoreContractSubject {
  /** Called in beforeAll; may be called several times; each store reads and writes the same underlying store. */
  createStore(options: { upcasters: UpcasterRegistry }): Promise<EventStore>;
  /** Called in afterAll. */
  dispose?(): Promise<void>;
}
