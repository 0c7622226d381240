import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { spreadingLookup } from './spreading-lookup';

/** Docker's DNS for a service of two replicas, as the system resolver sorts it: always the same order. */
const replicas: LookupAddress[] = [
  { address: '172.18.0.5', family: 4 },
  { address: '172.18.0.6', family: 4 },
];
const resolveAll = (
  _hostname: string,
  _options: unknown,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => callback(null, replicas);

const lookupOnce = (lookup: ReturnType<typeof spreadingLookup>, all: boolean) =>
  new Promise<unknown>((resolve, reject) =>
    lookup('appeals-service', { all }, (error: unknown, address: unknown) =>
      error ? reject(error) : resolve(address),
    ),
  );

describe('spreadingLookup', () => {
  it('gives each new connection the next replica’s address first', async () => {
    const lookup = spreadingLookup(resolveAll);
    const firsts = [];
    for (let i = 0; i < 4; i++) firsts.push(await lookupOnce(lookup, false));
    expect(firsts).toEqual(['172.18.0.5', '172.18.0.6', '172.18.0.5', '172.18.0.6']);
  });

  it('hands every address over, the next in turn first, when the connection tries them all', async () => {
    const lookup = spreadingLookup(resolveAll);
    await lookupOnce(lookup, true);
    const second = (await lookupOnce(lookup, true)) as LookupAddress[];
    expect(second.map((address) => address.address)).toEqual(['172.18.0.6', '172.18.0.5']);
  });
});
