import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundsByKey } from './rounds-by-key';

const item = fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), n: fc.nat() });

describe('roundsByKey', () => {
  it('puts a key’s second item in the second round, and keeps the first round’s order', () => {
    const rounds = roundsByKey(['a1', 'b1', 'a2', 'c1', 'a3', 'b2'], (s) => s.charAt(0));

    expect(rounds).toEqual([['a1', 'b1', 'c1'], ['a2', 'b2'], ['a3']]);
  });

  it('has no rounds for no items', () => {
    expect(roundsByKey([], String)).toEqual([]);
  });

  it('holds every item once, each key at most once per round, each key’s items in their order', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const rounds = roundsByKey(items, (i) => i.key);

        expect(rounds.flat()).toHaveLength(items.length);
        expect(new Set(rounds.flat())).toEqual(new Set(items));
        for (const round of rounds) expect(new Set(round.map((i) => i.key)).size).toBe(round.length);
        for (const key of ['a', 'b', 'c', 'd'])
          expect(rounds.flat().filter((i) => i.key === key)).toEqual(items.filter((i) => i.key === key));
      }),
    );
  });
});
