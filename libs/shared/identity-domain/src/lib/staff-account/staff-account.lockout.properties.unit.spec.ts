import { foldEvents } from '@qinqing/shared/domain-kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StaffAccountEvent } from './staff-account.events';
import { type StaffAccountCommand, staffAccountDecider } from './staff-account.decide';

const T0 = Date.parse('2026-03-02T02:00:00.000Z');

type Action =
  | { readonly kind: 'login'; readonly passwordMatched: boolean }
  | { readonly kind: 'unlock' }
  | { readonly kind: 'change-password' };

/** Seconds to wait, then what happens; mostly logins, sometimes an administrator steps in. */
const step = fc.record({
  waitSeconds: fc.integer({ min: 0, max: 600 }),
  action: fc.oneof(
    {
      weight: 10,
      arbitrary: fc.boolean().map((passwordMatched): Action => ({ kind: 'login', passwordMatched })),
    },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'unlock' }) },
    { weight: 1, arbitrary: fc.constant<Action>({ kind: 'change-password' }) },
  ),
});

const policy = fc.record({
  maxConsecutiveFailures: fc.integer({ min: 1, max: 6 }),
  lockMinutes: fc.integer({ min: 1, max: 30 }),
});

const commandFor = (action: Action): StaffAccountCommand => {
  switch (action.kind) {
    case 'login':
      return { type: 'RecordLoginAttempt', passwordMatched: action.passwordMatched };
    case 'unlock':
      return { type: 'UnlockStaffAccount', unlockedBy: 'admin-1' };
    case 'change-password':
      return { type: 'ChangeStaffPassword', passwordHash: 'h2', changedBy: 'administrator' };
  }
};

describe('staff account lockout (property)', () => {
  it('a locked account accepts no login until the lock expires or an administrator lifts it', () => {
    fc.assert(
      fc.property(policy, fc.array(step, { maxLength: 80 }), (lockout, steps) => {
        const decider = staffAccountDecider(lockout);
        const history: StaffAccountEvent[] = [
          {
            type: 'StaffAccountRegistered',
            data: {
              accountId: 'acc-1',
              username: 'supervisor.chen',
              displayName: '陈静',
              role: 'supervisor',
              departmentId: null,
              centreId: null,
              passwordHash: 'h1',
              registeredBy: 'admin-1',
            },
          },
        ];
        // Read off the decider's own events: when the last lock ends, or null once lifted.
        let lockEnds: number | null = null;
        let clock = T0;
        for (const { waitSeconds, action } of steps) {
          clock += waitSeconds * 1_000;
          const inForce = lockEnds !== null && clock < lockEnds;
          const decision = decider.decide(commandFor(action), foldEvents(decider, history), {
            now: new Date(clock),
          });
          if (action.kind === 'login' && inForce) {
            expect(decision).toMatchObject({ outcome: 'rejected', error: { code: 'account-locked' } });
            continue;
          }
          if (decision.outcome === 'rejected') throw new Error(`refused: ${decision.error.code}`);
          for (const event of decision.events) {
            if (event.type === 'StaffAccountLocked') {
              expect(Date.parse(event.data.lockedUntil)).toBe(clock + lockout.lockMinutes * 60_000);
              lockEnds = Date.parse(event.data.lockedUntil);
            }
            if (event.type === 'StaffAccountUnlocked') lockEnds = null;
          }
          history.push(...decision.events);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('locks exactly at the configured number of consecutive failures', () => {
    fc.assert(
      fc.property(policy, fc.array(fc.boolean(), { maxLength: 40 }), (lockout, outcomes) => {
        const decider = staffAccountDecider(lockout);
        const history: StaffAccountEvent[] = [
          {
            type: 'StaffAccountRegistered',
            data: {
              accountId: 'acc-1',
              username: 'admin',
              displayName: '管理员',
              role: 'administrator',
              departmentId: null,
              centreId: null,
              passwordHash: 'h1',
              registeredBy: 'system',
            },
          },
        ];
        let failures = 0;
        // Attempts an hour apart: every lock has expired before the next one.
        outcomes.forEach((passwordMatched, index) => {
          const now = new Date(T0 + index * 3_600_000);
          const decision = decider.decide(
            { type: 'RecordLoginAttempt', passwordMatched },
            foldEvents(decider, history),
            { now },
          );
          if (decision.outcome === 'rejected') throw new Error(decision.error.code);
          failures = passwordMatched ? 0 : failures + 1;
          const locks = decision.events.filter((e) => e.type === 'StaffAccountLocked');
          expect(locks).toHaveLength(failures === lockout.maxConsecutiveFailures ? 1 : 0);
          if (locks.length > 0) failures = 0;
          history.push(...decision.events);
        });
      }),
    );
  });
});
