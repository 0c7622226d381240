import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationFormFor } from './organisation-form';

const counts = fc.record({
  fullMembers: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 150 })),
  probationaryMembers: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 150 })),
});

const RANK = { none: 0, branch: 1, 'branch-committee': 2 } as const;

describe('organisation form properties', () => {
  it('requires a branch exactly when there are three or more full members', () => {
    fc.assert(
      fc.property(counts, (c) => {
        expect(organisationFormFor(c).required).toBe(c.fullMembers >= 3);
      }),
    );
  });

  it('never asks for less when a full member joins, and probationary members never change what is required', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 200 }), (c, more) => {
        const now = organisationFormFor(c);
        const grown = organisationFormFor({ ...c, fullMembers: c.fullMembers + 1 });
        expect(RANK[grown.form]).toBeGreaterThanOrEqual(RANK[now.form]);
        expect(organisationFormFor({ ...c, probationaryMembers: more }).form).toBe(now.form);
      }),
    );
  });

  it('offers a joint branch only to units with members but fewer than three full ones, never with a required branch', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const answer = organisationFormFor(c);
        const joint = answer.mayAlsoForm.includes('joint-branch');
        expect(joint).toBe(c.fullMembers + c.probationaryMembers >= 1 && c.fullMembers < 3);
        if (joint) expect(answer.required).toBe(false);
      }),
    );
  });

  it('lists the optional forms in the fixed order, a primary committee only where a general branch is possible too', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const { mayAlsoForm } = organisationFormFor(c);
        const order = ['joint-branch', 'general-branch', 'primary-committee'];
        expect([...mayAlsoForm].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(mayAlsoForm);
        if (mayAlsoForm.includes('primary-committee')) expect(mayAlsoForm).toContain('general-branch');
        expect(mayAlsoForm.includes('general-branch')).toBe(c.fullMembers + c.probationaryMembers > 50);
      }),
    );
  });
});
