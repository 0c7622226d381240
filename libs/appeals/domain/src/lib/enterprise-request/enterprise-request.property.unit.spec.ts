import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from './enterprise-request.decide';
import type { EnterpriseRequestEvent } from './enterprise-request.events';
import { isSubmitted, type SubmittedRequest } from './enterprise-request.state';
import { historyScript, runScript, UNITS } from './test-setup/enterprise-request.arbitraries';
import { FILING_CREDIT_CODE, on, policy, staff } from './test-setup/enterprise-request.fixtures';

/*
 * Arbitrary command sequences, by arbitrary actors, days apart: most commands are refused in most states. The
 * accepted events are folded and the invariants checked after every step.
 */

describe('property: only the filing enterprise rates, and at most once', () => {
  it('across arbitrary command sequences', () => {
    fc.assert(
      fc.property(historyScript, (script) => {
        const played = runScript(script);
        let ratings = 0;
        for (const { command, events } of played) {
          for (const event of events.filter((e) => e.type === 'RequestRated')) {
            expect(event).toBeDefined();
            expect(command.type).toBe('RateRequest');
            expect(command.by).toEqual({ kind: 'enterprise', creditCode: FILING_CREDIT_CODE });
            ratings += 1;
          }
        }
        expect(ratings).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('and some generated histories do get rated, so the property is not vacuous', () => {
    const rated = fc
      .sample(historyScript, { numRuns: 400, seed: 42 })
      .filter((script) =>
        runScript(script).some(({ events }) => events.some((e) => e.type === 'RequestRated')),
      );
    expect(rated.length).toBeGreaterThan(0);
  });
});

/** 首问负责制 in the state: exactly one owner, consistent with the request's status. */
const expectOneOwner = (state: SubmittedRequest, today: string): void => {
  expect(UNITS).toContain(state.ownerUnitId);
  switch (state.status) {
    case 'received':
      expect(state.handOff).toBeNull();
      break;
    case 'awaiting-acceptance':
      // A pending hand-off does not move ownership: the unit that handed it off still owns it.
      expect(state.handOff?.fromUnitId).toBe(state.ownerUnitId);
      expect(state.handOff?.toDepartmentId).not.toBe(state.ownerUnitId);
      break;
    case 'in-progress':
    case 'answered':
    case 'rated':
      expect(state.departmentId).toBe(state.ownerUnitId);
      expect(state.handOff).toBeNull();
      break;
    case 'closed':
      break;
  }
  if (
    state.status === 'received' ||
    state.status === 'awaiting-acceptance' ||
    state.status === 'in-progress'
  ) {
    // Behaviourally: of all units, exactly one may act as the owner (here: reply to the enterprise).
    const owners = UNITS.filter((unitId) => {
      const decision = decide(
        { type: 'ReplyToEnterprise', message: '进展说明', by: staff(unitId) },
        state,
        on(today),
      );
      return decision.outcome === 'accepted';
    });
    expect(owners).toEqual([state.ownerUnitId]);
  }
};

/** Ownership moves only on acceptance, send-back (to the unit that handed it off) and falling to the default owner. */
const expectOwnershipMovedOnlyBy = (
  before: SubmittedRequest,
  after: SubmittedRequest,
  events: readonly EnterpriseRequestEvent[],
): void => {
  const last = events.findLast(
    (e) =>
      e.type === 'RequestAccepted' || e.type === 'RequestSentBack' || e.type === 'RequestFellToDefaultOwner',
  );
  switch (last?.type) {
    case undefined:
      expect(after.ownerUnitId).toBe(before.ownerUnitId);
      break;
    case 'RequestAccepted':
      expect(after.ownerUnitId).toBe(last.data.departmentId);
      break;
    case 'RequestSentBack':
      expect(after.ownerUnitId).toBe(before.handOff?.fromUnitId);
      break;
    case 'RequestFellToDefaultOwner':
      expect(after.ownerUnitId).toBe(policy.defaultOwnerUnitId);
      break;
  }
};

describe('property: a request is never without an owner', () => {
  it('after every step of arbitrary command sequences', () => {
    fc.assert(
      fc.property(historyScript, (script) => {
        let previous: SubmittedRequest | null = null;
        for (const { state, today, events } of runScript(script)) {
          expect(isSubmitted(state)).toBe(true);
          if (!isSubmitted(state)) continue;
          expectOneOwner(state, today);
          if (previous !== null) expectOwnershipMovedOnlyBy(previous, state, events);
          previous = state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('and generated histories do pass through hand-offs, send-backs, falls and acceptances', () => {
    const seen = new Set<string>();
    for (const script of fc.sample(historyScript, { numRuns: 300, seed: 7 })) {
      for (const { events } of runScript(script)) for (const event of events) seen.add(event.type);
    }
    const expected = [
      'RequestHandedOff',
      'RequestAccepted',
      'RequestSentBack',
      'RequestFellToDefaultOwner',
      'RequestResolved',
      'RequestReopened',
      'RequestClosed',
    ];
    expect(expected.filter((type) => !seen.has(type))).toEqual([]);
  });
});
