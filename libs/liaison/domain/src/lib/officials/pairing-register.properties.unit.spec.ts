import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LiaisonSettings, LIAISON_PRESETS } from './liaison-settings';
import {
  type PairingRegisterCommand,
  type PairingRegisterState,
  pairingRegisterDecider,
} from './pairing-register';
import { testCreditCode } from './test-fixtures';

const now = new Date('2026-12-02T02:00:00.000Z');
const ENTERPRISES = ['MA2H5K7P', 'MA2GQ8R3', 'MA2J1C6T', 'MA2F7W4N', 'MA2K3D9E'].map((o) =>
  testCreditCode(o),
);
const OFFICIALS = ['o1', 'o2', 'o3', 'o4'];

const command: fc.Arbitrary<PairingRegisterCommand> = fc.oneof(
  fc.record({
    type: fc.constant('PairOfficial' as const),
    pairingId: fc.integer({ min: 1, max: 30 }).map((n) => `p${n}`),
    officialId: fc.constantFrom(...OFFICIALS),
    officialUnitId: fc.constant('dept-a'),
    enterprise: fc.constantFrom(...ENTERPRISES).map((creditCode) => ({ creditCode, name: '企业' })),
    category: fc.constantFrom('key-backbone', 'four-new', 'high-growth', 'temporarily-struggling' as const),
    startDate: fc.constant('2026-01-05'),
    exceptionJustification: fc.option(fc.constant('重大项目协同'), { nil: undefined }),
    by: fc.constant('admin'),
  }),
  fc.record({
    type: fc.constant('EndPairing' as const),
    pairingId: fc.integer({ min: 1, max: 30 }).map((n) => `p${n}`),
    endDate: fc.constant('2026-06-30'),
    reason: fc.constant('调整'),
    by: fc.constant('admin'),
  }),
);

const settings: fc.Arbitrary<LiaisonSettings> = fc
  .integer({ min: 1, max: 3 })
  .map((max) => ({ ...LIAISON_PRESETS.hengkou, preset: 'custom', maxPairingsPerOfficial: max }));

/** Runs commands one after another, as the command handler does on one stream (each on the state so far). */
const run = (commands: readonly PairingRegisterCommand[], inForce: LiaisonSettings): PairingRegisterState =>
  commands.reduce((state, next) => {
    const decision = pairingRegisterDecider.decide(next, state, { now, settings: inForce });
    return decision.outcome === 'accepted'
      ? decision.events.reduce(pairingRegisterDecider.evolve, state)
      : state;
  }, pairingRegisterDecider.initialState());

const active = (state: PairingRegisterState) =>
  Object.values(state.pairings).filter((p) => p.endDate === null);

describe('pairing invariants under any order of commands', () => {
  it('no official ever holds more active pairings than the maximum in force', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), settings, (commands, inForce) => {
        const state = run(commands, inForce);
        for (const official of OFFICIALS) {
          expect(active(state).filter((p) => p.officialId === official).length).toBeLessThanOrEqual(
            inForce.maxPairingsPerOfficial,
          );
        }
      }),
    );
  });

  it('an enterprise has a second active official only with a recorded exception, and never one official twice', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), settings, (commands, inForce) => {
        const state = run(commands, inForce);
        for (const creditCode of ENTERPRISES) {
          const on = active(state)
            .filter((p) => p.enterprise.creditCode === creditCode)
            .sort((a, b) => a.pairingId.localeCompare(b.pairingId));
          expect(new Set(on.map((p) => p.officialId)).size).toBe(on.length);
          expect(on.filter((p) => p.exception === null).length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the indexes always agree with the pairings (what the decisions read is what the history says)', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), settings, (commands, inForce) => {
        const state = run(commands, inForce);
        const byOfficial = Object.fromEntries(
          OFFICIALS.map((o) => [
            o,
            active(state)
              .filter((p) => p.officialId === o)
              .map((p) => p.pairingId)
              .sort(),
          ]),
        );
        for (const official of OFFICIALS) {
          expect([...(state.activeByOfficial[official] ?? [])].sort()).toEqual(byOfficial[official]);
        }
        for (const creditCode of ENTERPRISES) {
          expect([...(state.activeByEnterprise[creditCode] ?? [])].sort()).toEqual(
            active(state)
              .filter((p) => p.enterprise.creditCode === creditCode)
              .map((p) => p.pairingId)
              .sort(),
          );
        }
      }),
    );
  });

  it('ending keeps history: a pairing once started is never forgotten', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), settings, (commands, inForce) => {
        let state = pairingRegisterDecider.initialState();
        for (const next of commands) {
          const before = Object.keys(state.pairings);
          const decision = pairingRegisterDecider.decide(next, state, { now, settings: inForce });
          if (decision.outcome === 'accepted')
            state = decision.events.reduce(pairingRegisterDecider.evolve, state);
          for (const id of before) expect(state.pairings[id]).toBeDefined();
        }
      }),
    );
  });
});
