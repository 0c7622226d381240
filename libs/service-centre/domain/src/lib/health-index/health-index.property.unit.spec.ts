import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeHealthIndex, type IndicatorInputs } from './health-index.compute';
import {
  HEALTH_INDEX_METHODOLOGY_2026_1 as methodology,
  INDICATOR_IDS,
  type IndicatorId,
} from './health-index.methodology';

const input = fc
  .tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 5_000 }))
  .map(([numerator, base]) => ({ numerator, base }));

const inputs: fc.Arbitrary<IndicatorInputs> = fc.dictionary(
  fc.constantFrom(...INDICATOR_IDS),
  input,
) as fc.Arbitrary<IndicatorInputs>;

const allScores = (inputsGiven: IndicatorInputs) => {
  const figures = computeHealthIndex(methodology, inputsGiven);
  return [
    figures.total,
    ...Object.values(figures.aspects),
    ...Object.values(figures.dimensions),
    ...figures.indicators.map((i) => i.score),
  ].filter((score): score is number => score !== null);
};

describe('亲清健康指数 invariants', () => {
  it('every score lies between 0 and 100', () => {
    fc.assert(fc.property(inputs, (given) => allScores(given).every((score) => score >= 0 && score <= 100)));
  });

  it('computing twice gives identical figures (a rebuilt snapshot equals the published one)', () => {
    fc.assert(
      fc.property(inputs, (given) => {
        expect(computeHealthIndex(methodology, given)).toEqual(
          computeHealthIndex(methodology, structuredClone(given)),
        );
      }),
    );
  });

  it('a better figure on one indicator never lowers its dimension, its aspect or the total', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom(...INDICATOR_IDS),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        (given, id: IndicatorId, base, numerator) => {
          const definition = methodology.indicators.find((d) => d.id === id);
          if (definition === undefined) return;
          const higherIsBetter = definition.best > definition.worst;
          const worse = { numerator, base };
          const better = { numerator: higherIsBetter ? numerator + 1 : Math.max(0, numerator - 1), base };
          const before = computeHealthIndex(methodology, { ...given, [id]: worse });
          const after = computeHealthIndex(methodology, { ...given, [id]: better });
          const tolerance = 0.1; // one rounding step
          const notLower = (a: number | null, b: number | null) =>
            a === null || b === null || b >= a - tolerance;
          expect(
            notLower(before.dimensions[definition.dimension], after.dimensions[definition.dimension]),
          ).toBe(true);
          expect(notLower(before.total, after.total)).toBe(true);
        },
      ),
    );
  });

  it('when every measurable indicator scores the same, so do the dimensions, aspects and the total', () => {
    fc.assert(
      fc.property(fc.subarray([...INDICATOR_IDS], { minLength: 1 }), (ids) => {
        // Every indicator at its best figure scores 100.
        const given: Partial<Record<IndicatorId, { numerator: number; base: number }>> = {};
        for (const id of ids) {
          const definition = methodology.indicators.find((d) => d.id === id);
          if (definition === undefined) continue;
          const base =
            definition.measure === 'per-thousand' ? 1_000 : definition.measure === 'count' ? 1 : 10;
          const value = definition.best;
          given[id] = {
            numerator:
              definition.measure === 'count'
                ? value
                : (value * base) / (definition.measure === 'per-thousand' ? 1_000 : 1),
            base,
          };
        }
        const figures = computeHealthIndex(methodology, given);
        expect(figures.total).toBe(100);
      }),
    );
  });
});
