import { describe } from 'vitest';
import { appendAndReadContract } from './contract/append-and-read.contract';
import { concurrentWritersContract } from './contract/concurrent-writers.contract';
import { useContractStores } from './contract/contract-stores';
import { expectedRevisionContract } from './contract/expected-revision.contract';
import { globalLogContract } from './contract/global-log.contract';
import { idempotencyContract } from './contract/idempotency.contract';
import { multiStreamContract } from './contract/multi-stream.contract';
import { typedLogReadsContract } from './contract/typed-log-reads.contract';
import { upcastingContract } from './contract/upcasting.contract';
import type { EventStoreContractSubject, EventStoreLimitations } from './event-store-contract-subject';

/**
 * The behaviour every EventStore adapter must have, as one suite to run against each of them. Tests use
 * their own uniquely named streams and only look at those in the global log, so the store may be shared.
 * The suite leaves an event of an unknown future schema version behind (see the upcasting tests): give it
 * a store nothing else reads the whole log of.
 */
export const describeEventStoreContract = (
  adapterName: string,
  subject: EventStoreContractSubject,
  options: { skipReason?: string; limitations?: EventStoreLimitations } = {},
): void => {
  const { skipReason, limitations = {} } = options;
  // A skipped run still lists every test, under a title that says why none of them ran.
  const suite = skipReason === undefined ? describe : describe.skip;
  const title =
    skipReason === undefined
      ? `EventStore contract: ${adapterName}`
      : `EventStore contract: ${adapterName} — SKIPPED: ${skipReason}`;
  suite(title, () => {
    const stores = useContractStores(subject);
    appendAndReadContract(stores);
    expectedRevisionContract(stores);
    concurrentWritersContract(stores);
    globalLogContract(stores);
    idempotencyContract(stores, limitations);
    typedLogReadsContract(stores);
    upcastingContract(stores);
    multiStreamContract(stores, limitations);
  });
};
