import { describe, expect, it } from 'vitest';
import { RecentReads } from './recent-reads';

/** A cache on a hand-moved clock, and a reader that counts what it was asked. */
const given = (capacity = 3, maxAgeMs = 10_000) => {
  let now = 0;
  const asked: string[][] = [];
  const table = new Map([
    ['a', 'A'],
    ['b', 'B'],
    ['c', 'C'],
    ['d', 'D'],
  ]);
  const reads = new RecentReads<string, string>(capacity, maxAgeMs, () => now);
  const readMissing = async (keys: readonly string[]) => {
    asked.push([...keys]);
    return new Map(keys.flatMap((key) => (table.has(key) ? [[key, table.get(key) as string] as const] : [])));
  };
  return {
    reads,
    asked,
    table,
    advance: (ms: number) => {
      now += ms;
    },
    lookUp: (...keys: string[]) => reads.getMany(keys, readMissing),
  };
};

describe('RecentReads', () => {
  it('reads only the keys it does not remember, all in one read', async () => {
    const { asked, lookUp } = given();
    expect(await lookUp('a', 'b')).toEqual(
      new Map([
        ['a', 'A'],
        ['b', 'B'],
      ]),
    );
    expect(await lookUp('a', 'b', 'c')).toEqual(
      new Map([
        ['a', 'A'],
        ['b', 'B'],
        ['c', 'C'],
      ]),
    );
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('reads a key again once it is maxAgeMs old, so a change shows within that time', async () => {
    const { asked, lookUp, table, advance } = given();
    await lookUp('a');
    table.set('a', 'A renamed');
    advance(9_999);
    expect((await lookUp('a')).get('a')).toBe('A');
    advance(1);
    expect((await lookUp('a')).get('a')).toBe('A renamed');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('keeps at most `capacity` keys, dropping the least recently used', async () => {
    const { asked, lookUp } = given(2);
    await lookUp('a');
    await lookUp('b');
    await lookUp('a');
    await lookUp('c');
    asked.length = 0;
    await lookUp('a', 'b', 'c');
    expect(asked).toEqual([['b']]);
  });

  it('does not remember a key the read did not find', async () => {
    const { asked, lookUp } = given();
    expect(await lookUp('x')).toEqual(new Map());
    await lookUp('x');
    expect(asked).toEqual([['x'], ['x']]);
  });

  it('reads a forgotten key again at once', async () => {
    const { asked, reads, lookUp, table } = given();
    await lookUp('a');
    table.set('a', 'A renamed');
    reads.forget('a');
    expect((await lookUp('a')).get('a')).toBe('A renamed');
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('does not remember what a read under way when a key was forgotten answered', async () => {
    const { reads, table } = given();
    let finish: () => void = () => undefined;
    const slow = reads.get('a', async () => {
      const before = table.get('a') as string;
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return before;
    });
    table.set('a', 'A renamed');
    reads.forget('a');
    finish();
    expect(await slow).toBe('A');
    expect(await reads.get('a', async () => table.get('a') as string)).toBe('A renamed');
  });
});
