import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chamberOrganisationDecider } from './chamber-organisation';
import { PAIRING_ENTERPRISES, pairingDecider } from './pairing';

const now = new Date('2026-12-02T02:00:00.000Z');
const CODES = ['91330203MA2JB0016G', '91330203MA2JB0024B', '91330203MA2JB00326', '91330203MA2JB00401'];

describe('chamber organisation and pairing properties', () => {
  it('a pairing keeps 1–20 distinct enterprises, normalised, or is refused naming the enterprises', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CODES, ...CODES.map((c) => c.toLowerCase())), { maxLength: 25 }),
        (enterprises) => {
          const decision = pairingDecider.decide(
            {
              type: 'StartPairing',
              pairingId: 'p',
              branchName: '机关党支部',
              department: '经信局',
              enterprises,
              startedOn: '2026-01-01',
              endsOn: null,
              recordedBy: 'p',
            },
            pairingDecider.initialState(),
            { now },
          );
          const distinct = new Set(enterprises.map((e) => e.toUpperCase()));
          if (decision.outcome === 'accepted') {
            const kept =
              decision.events[0]?.type === 'PairingStarted' ? decision.events[0].data.enterprises : [];
            expect(kept).toEqual([...distinct]);
            expect(kept.length).toBeGreaterThanOrEqual(PAIRING_ENTERPRISES.min);
            expect(kept.length).toBeLessThanOrEqual(PAIRING_ENTERPRISES.max);
          } else expect(decision.error.field).toMatch(/^enterprises/u);
          expect(decision.outcome === 'accepted').toBe(
            distinct.size === enterprises.length && enterprises.length >= 1,
          );
        },
      ),
    );
  });

  it('a chamber organisation is recorded exactly when its type is possible for its counts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('branch', 'branch-committee', 'general-branch', 'primary-committee'),
        fc.integer({ min: 0, max: 130 }),
        fc.integer({ min: 0, max: 30 }),
        (organisationType, fullMembers, probationaryMembers) => {
          const decision = chamberOrganisationDecider.decide(
            {
              type: 'RecordChamberOrganisation',
              chamberOrganisationId: 'c',
              chamberName: '商会',
              chamberKind: 'industry',
              organisationType,
              fullMembers,
              probationaryMembers,
              memberEnterprises: 10,
              superiorOrganisation: '工商联党组',
              recordedBy: 'p',
            },
            { recorded: false },
            { now },
          );
          const members = fullMembers + probationaryMembers;
          const possible = {
            branch: fullMembers >= 3,
            'branch-committee': fullMembers >= 7,
            'general-branch': members > 50,
            'primary-committee': members >= 100,
          }[organisationType];
          expect(decision.outcome === 'accepted').toBe(possible);
          if (decision.outcome === 'rejected') expect(decision.error.field).toBe('organisationType');
        },
      ),
    );
  });
});
