import { foldEvents } from '@qinqing/shared/domain-kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_TITLE_MAX, enterpriseDecider } from './enterprise.decide';

const now = new Date('2026-12-02T02:00:00.000Z');
const command = (enterpriseId: string, title: string) =>
  ({ type: 'OpenEnterprise', enterpriseId, title, openedBy: 'staff-1' }) as const;

describe('enterprise invariants', () => {
  it('an accepted title is never blank nor too long, and is what the state keeps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: ENTERPRISE_TITLE_MAX + 20, unit: 'grapheme' }), (title) => {
        const decision = enterpriseDecider.decide(command('p', title), enterpriseDecider.initialState(), {
          now,
        });
        if (decision.outcome === 'rejected') return;
        const [event] = decision.events;
        expect(event?.data.title.trim()).toBe(event?.data.title);
        expect(event?.data.title.length).toBeGreaterThan(0);
        expect([...(event?.data.title ?? '')].length).toBeLessThanOrEqual(ENTERPRISE_TITLE_MAX);
        expect(foldEvents(enterpriseDecider, decision.events)).toMatchObject({
          status: 'open',
          title: event?.data.title,
        });
      }),
    );
  });

  it('whatever is asked after it was opened, a enterprise is never opened twice', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (title, again) => {
          const first = enterpriseDecider.decide(
            command('p', `标题${title}`),
            enterpriseDecider.initialState(),
            { now },
          );
          if (first.outcome === 'rejected') return;
          const state = foldEvents(enterpriseDecider, first.events);
          expect(enterpriseDecider.decide(command('p', again), state, { now })).toMatchObject({
            outcome: 'rejected',
            error: { code: 'enterprise-exists' },
          });
        },
      ),
    );
  });
});
