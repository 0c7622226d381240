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

const registered: StaffAccountEvent = {
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
};

describe('staff account logins (property)', () => {
  it('no sequence of failures locks an account: the right password is always let in', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const decider = staffAccountDecider();
        const history: StaffAccountEvent[] = [registered];
        let clock = T0;
        for (const { waitSeconds, action } of steps) {
          clock += waitSeconds * 1_000;
          const state = foldEvents(decider, history);
          const rightPassword = decider.decide({ type: 'RecordLoginAttempt', passwordMatched: true }, state, {
            now: new Date(clock),
          });
          expect(rightPassword).toMatchObject({
            outcome: 'accepted',
            events: [{ type: 'StaffLoginSucceeded' }],
          });
          const decision = decider.decide(commandFor(action), state, { now: new Date(clock) });
          if (decision.outcome === 'rejected') throw new Error(`refused: ${decision.error.code}`);
          expect(decision.events.map((e) => e.type)).not.toContain('StaffAccountLocked');
          history.push(...decision.events);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the consecutive failures since the last success or clearing, exactly', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const decider = staffAccountDecider();
        const history: StaffAccountEvent[] = [registered];
        let failures = 0;
        for (const { action } of steps) {
          const decision = decider.decide(commandFor(action), foldEvents(decider, history), {
            now: new Date(T0),
          });
          if (decision.outcome === 'rejected') throw new Error(decision.error.code);
          if (action.kind === 'login') failures = action.passwordMatched ? 0 : failures + 1;
          if (action.kind === 'unlock') failures = 0;
          history.push(...decision.events);
          const state = foldEvents(decider, history);
          expect(state.status === 'registered' ? state.consecutiveFailures : -1).toBe(failures);
        }
      }),
    );
  });
});
