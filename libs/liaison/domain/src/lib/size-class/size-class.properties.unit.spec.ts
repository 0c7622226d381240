import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifySize,
  INDUSTRY_GROUP_KEYS,
  INDUSTRY_GROUPS,
  indicatorsOf,
  SIZE_CLASSES,
  type SizeIndicator,
  sizeClassOfGroup,
} from './size-class';

const rank = (size: (typeof SIZE_CLASSES)[number]): number =>
  SIZE_CLASSES.length - SIZE_CLASSES.indexOf(size);

const indicatorsArb = fc.record({
  employees: fc.integer({ min: 0, max: 5000 }),
  revenue: fc.double({ min: 0, max: 300_000, noNaN: true }),
  assets: fc.double({ min: 0, max: 200_000, noNaN: true }),
});

/** One representative code per group, so properties run through the code → group mapping too. */
const codeOf: Record<(typeof INDUSTRY_GROUP_KEYS)[number], string> = {
  agriculture: 'A01',
  industry: 'C35',
  construction: 'E47',
  wholesale: 'F51',
  retail: 'F52',
  transport: 'G54',
  warehousing: 'G592',
  postal: 'G60',
  accommodation: 'H61',
  catering: 'H62',
  'information-transmission': 'I64',
  'software-it': 'I65',
  'real-estate-development': 'K701',
  'property-management': 'K702',
  'leasing-business': 'L72',
  other: 'M73',
};

describe('size class invariants', () => {
  it('every combination of indicators yields exactly one class, in the group of its code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDUSTRY_GROUP_KEYS), indicatorsArb, (group, indicators) => {
        const answer = classifySize(codeOf[group], indicators);
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        expect(SIZE_CLASSES).toContain(answer.size);
        expect(answer.industryGroup).toBe(group);
      }),
    );
  });

  it('raising an indicator never lowers the class', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDUSTRY_GROUP_KEYS),
        indicatorsArb,
        fc.constantFrom<SizeIndicator>('employees', 'revenue', 'assets'),
        fc.integer({ min: 0, max: 200_000 }),
        (group, indicators, indicator, raise) => {
          const raised = { ...indicators, [indicator]: indicators[indicator] + raise };
          expect(rank(sizeClassOfGroup(group, raised))).toBeGreaterThanOrEqual(
            rank(sizeClassOfGroup(group, indicators)),
          );
        },
      ),
    );
  });

  it('large, medium and small meet every listed lower bound; micro has one indicator below the small bound', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDUSTRY_GROUP_KEYS), indicatorsArb, (group, indicators) => {
        const size = sizeClassOfGroup(group, indicators);
        const bounds = INDUSTRY_GROUPS[group].indicators as Partial<
          Record<SizeIndicator, { large: number; medium: number; small: number }>
        >;
        const listed = indicatorsOf(group);
        if (size === 'micro') {
          expect(listed.some((i) => indicators[i] < (bounds[i]?.small ?? 0))).toBe(true);
          return;
        }
        expect(listed.every((i) => indicators[i] >= (bounds[i]?.[size] ?? Infinity))).toBe(true);
        // and it is the highest such class: the class above has a bound not met
        const above = SIZE_CLASSES[SIZE_CLASSES.indexOf(size) - 1];
        if (above !== undefined && above !== 'micro')
          expect(listed.some((i) => indicators[i] < (bounds[i]?.[above] ?? 0))).toBe(true);
      }),
    );
  });

  it('the bounds of every group fall from large to small', () => {
    for (const group of INDUSTRY_GROUP_KEYS)
      for (const bound of Object.values(INDUSTRY_GROUPS[group].indicators)) {
        expect(bound.large).toBeGreaterThan(bound.medium);
        expect(bound.medium).toBeGreaterThan(bound.small);
      }
  });
});
