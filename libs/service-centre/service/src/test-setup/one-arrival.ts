import type { DirectoryEntry } from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { keepRegistrations } from '../lib/policies/directory/directory-replica.table';
import { type ArrivalMatches, matchArrivals } from '../lib/policies/matching/enterprise-arrivals';

/** Keeps one registration in the directory replica (`keepRegistrations` of one), for a spec. */
export const keepRegistered = (tx: SqlExecutor, entry: DirectoryEntry, at: string): Promise<void> =>
  keepRegistrations(tx, [{ entry, at }]);

/** Matches one arrival (`matchArrivals` of one enterprise), for a spec. */
export const matchArrival = async (
  tx: SqlExecutor,
  entry: DirectoryEntry,
  today: string,
  at: string,
): Promise<ArrivalMatches> =>
  (await matchArrivals(tx, [entry], today, at)).get(entry.creditCode) ?? { matched: 0, newlyOffered: [] };
