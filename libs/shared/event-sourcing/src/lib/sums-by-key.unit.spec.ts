import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SumsByKey } from './sums-by-key';

const additions = fc.array(
  fc.record({
    key: fc.constantFrom('b', 'a', 'c', 'ab'),
    up: fc.integer({ min: -3, max: 3 }),
    down: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
  }),
  { maxLength: 40 },
);

describe('SumsByKey', () => {
  it('sums each key’s counters, lists every key once in key order, and its changes without the all-zero ones', () => {
    fc.assert(
      fc.property(additions, (added) => {
        const sums = new SumsByKey<{ name: string }, 'up' | 'down'>(['up', 'down']);
        const expected = new Map<string, { name: string; up: number; down: number }>();
        for (const { key, up, down } of added) {
          sums.add(key, { name: key }, down === undefined ? { up } : { up, down });
          const sum = expected.get(key) ?? { name: key, up: 0, down: 0 };
          expected.set(key, { name: key, up: sum.up + up, down: sum.down + (down ?? 0) });
        }
        const inOrder = [...expected.keys()].sort().map((key) => expected.get(key));
        expect(sums.all()).toEqual(inOrder);
        expect(sums.changed()).toEqual(inOrder.filter((sum) => sum?.up !== 0 || sum.down !== 0));
      }),
    );
  });

  it('keeps the row it was first given for a key', () => {
    const sums = new SumsByKey<{ county: string }, 'enterprises'>(['enterprises']);
    sums.add('330203', { county: '330203' }, { enterprises: 1 });
    sums.add('330203', { county: 'ignored' }, { enterprises: 1 });
    expect(sums.all()).toEqual([{ county: '330203', enterprises: 2 }]);
  });
});
