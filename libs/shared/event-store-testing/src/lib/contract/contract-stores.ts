import { afterAll, beforeAll } from 'vitest';
import { UpcasterRegistry, type EventStore } from '@qinqing/shared/event-sourcing';
import type { EventStoreContractSubject } from '../event-store-contract-subject';

/** Stored at v1 `{ name }`, read at v2 `{ fullName, formal }` through an upcasting store. */
export const GREETED = 'ContractGreeted';
/** Written at v3 by `futureWriter`, one version newer than the upcasting store knows. */
export const PARTED = 'ContractParted';

export interface ContractStores {
  /** No upcasters: reads events as stored. */
  readonly plain: EventStore;
  /** Upcasts GREETED v1 to v2; knows PARTED up to v2. */
  readonly upcasting: EventStore;
  /** Knows PARTED up to v3, as a newer release of the code would. */
  readonly futureWriter: EventStore;
}

const greetedToV2 = (data: unknown): unknown => ({
  fullName: (data as { name: string }).name,
  formal: false,
});

export const upcastingRegistry = (): UpcasterRegistry =>
  new UpcasterRegistry()
    .register(GREETED, 1, (event) => ({ type: event.type, data: greetedToV2(event.data) }))
    .register(PARTED, 1, (event) => event);

const futureRegistry = (): UpcasterRegistry =>
  new UpcasterRegistry().register(PARTED, 1, (event) => event).register(PARTED, 2, (event) => event);

/**
 * Creates the stores in beforeAll and disposes the subject in afterAll. The stores belong to the subject,
 * which closes them in dispose() if they need it.
 */
export const useContractStores = (subject: EventStoreContractSubject): (() => ContractStores) => {
  let stores: ContractStores | null = null;
  const create = (upcasters: UpcasterRegistry): Promise<EventStore> => subject.createStore({ upcasters });

  beforeAll(async () => {
    stores = {
      plain: await create(new UpcasterRegistry()),
      upcasting: await create(upcastingRegistry()),
      futureWriter: await create(futureRegistry()),
    };
  });

  afterAll(async () => {
    await subject.dispose?.();
  });

  return () => {
    if (stores === null) throw new Error('The contract stores are created in beforeAll');
    return stores;
  };
};
