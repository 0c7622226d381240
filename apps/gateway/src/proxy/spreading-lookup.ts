import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';

type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * The gateway's DNS lookup for new connections: every address a name resolves to, starting with the next in
 * turn. Compose reaches a service's replicas by the service's name, and Docker's DNS answers with each
 * replica's address; the system resolver would sort them the same way every time (RFC 6724's rules), sending
 * every connection to one replica.
 */
export const spreadingLookup = (
  resolveAll: ResolveAll = dnsLookup as unknown as ResolveAll,
): LookupFunction => {
  let turn = 0;
  return (hostname, options, callback) => {
    resolveAll(hostname, { ...options, all: true }, (error, addresses) => {
      if (error !== null || addresses.length === 0) {
        callback(
          error ?? Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }),
          '',
          4,
        );
        return;
      }
      const start = turn++ % addresses.length;
      const ordered = [...addresses.slice(start), ...addresses.slice(0, start)];
      const first = ordered[0] as LookupAddress;
      // net asks for every address when it tries them in turn (autoSelectFamily), else for one.
      if (options.all === true) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, ordered);
      else callback(null, first.address, first.family);
    });
  };
};
