import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityDecider, PARTICIPANTS_MAX } from './activity';

const now = new Date('2026-12-02T02:00:00.000Z');

describe('activity properties', () => {
  it('keeps a count from 1 to the maximum and a date not after today, or refuses naming that field', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: PARTICIPANTS_MAX + 5 }), fc.string({ maxLength: 6 })),
        fc.date({
          min: new Date('2026-11-20T00:00:00Z'),
          max: new Date('2026-12-12T00:00:00Z'),
          noInvalidDate: true,
        }),
        (participants, day) => {
          const heldOn = day.toISOString().slice(0, 10);
          const decision = activityDecider.decide(
            {
              type: 'RecordActivity',
              activityId: 'a',
              organisationKind: 'joint-branch',
              organisationId: 'jb',
              kind: 'training',
              heldOn,
              title: '培训',
              participants,
              recordedBy: 'p',
            },
            { recorded: false },
            { now, organisation: 'exists' },
          );
          const count = typeof participants === 'number' ? participants : Number.NaN;
          const valid = Number.isInteger(count) && count >= 1 && count <= PARTICIPANTS_MAX;
          if (heldOn > '2026-12-02')
            expect(decision.outcome === 'rejected' && decision.error.field).toBe('heldOn');
          else if (!valid && !/^\d{1,7}$/u.test(String(participants)))
            expect(decision.outcome === 'rejected' && decision.error.field).toBe('participants');
          if (decision.outcome === 'accepted') {
            expect(decision.events[0]?.data.participants).toBe(Number(String(participants)));
            expect(decision.events[0]?.data.participants).toBeGreaterThanOrEqual(1);
            expect(decision.events[0]?.data.participants).toBeLessThanOrEqual(PARTICIPANTS_MAX);
          }
        },
      ),
    );
  });
});
