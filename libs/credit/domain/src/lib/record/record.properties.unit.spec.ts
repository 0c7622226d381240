import { foldEvents } from '@qinqing/shared/domain-kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_TITLE_MAX, recordDecider } from './record.decide';

const now = new Date('2026-12-02T02:00:00.000Z');
const command = (recordId: string, title: string) =>
  ({ type: 'OpenRecord', recordId, title, openedBy: 'staff-1' }) as const;

describe('record invariants', () => {
  it('an accepted title is never blank nor too long, and is what the state keeps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: RECORD_TITLE_MAX + 20, unit: 'grapheme' }), (title) => {
        const decision = recordDecider.decide(command('p', title), recordDecider.initialState(), { now });
        if (decision.outcome === 'rejected') return;
        const [event] = decision.events;
        expect(event?.data.title.trim()).toBe(event?.data.title);
        expect(event?.data.title.length).toBeGreaterThan(0);
        expect([...(event?.data.title ?? '')].length).toBeLessThanOrEqual(RECORD_TITLE_MAX);
        expect(foldEvents(recordDecider, decision.events)).toMatchObject({
          status: 'open',
          title: event?.data.title,
        });
      }),
    );
  });

  it('whatever is asked after it was opened, a record is never opened twice', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (title, again) => {
          const first = recordDecider.decide(command('p', `标题${title}`), recordDecider.initialState(), {
            now,
          });
          if (first.outcome === 'rejected') return;
          const state = foldEvents(recordDecider, first.events);
          expect(recordDecider.decide(command('p', again), state, { now })).toMatchObject({
            outcome: 'rejected',
            error: { code: 'record-exists' },
          });
        },
      ),
    );
  });
});
