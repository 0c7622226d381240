import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosurePeriod, SEVERITIES } from '../disclosure/disclosure-period';
import { integrityRecordDecider, type IntegrityRecordCommand } from './integrity-record.decide';
import type { IntegrityRecordState } from './integrity-record.state';
import { NEGATIVE_KINDS } from './integrity-record.values';

const now = new Date('2026-12-02T01:00:00.000Z');

const facts = {
  kind: 'administrative-penalty',
  severity: 'general',
  issuingAuthority: '昆山市市场监督管理局',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国产品质量法》第四十九条',
  evidenceReference: '案卷 2026-0137',
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  penaltyCategory: '罚款',
};

const decisionDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const step = (state: IntegrityRecordState, command: IntegrityRecordCommand) => {
  const decision = integrityRecordDecider.decide(command, state, { now });
  return decision.outcome === 'accepted'
    ? decision.events.reduce(integrityRecordDecider.evolve, state)
    : state;
};

describe('integrity record invariants', () => {
  it('a recorded negative record carries exactly the periods the public calculator gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEGATIVE_KINDS),
        fc.constantFrom(...SEVERITIES),
        decisionDate,
        (kind, severity, decidedOn) => {
          const penaltyOnly = kind === 'administrative-penalty' ? {} : { penaltyCategory: null };
          const decision = integrityRecordDecider.decide(
            {
              type: 'RecordIntegrity',
              documentNumber: 'X〔2026〕1号',
              facts: { ...facts, kind, severity, decidedOn, ...penaltyOnly },
              source: 'staff',
              recordedBy: 's',
            },
            integrityRecordDecider.initialState(),
            { now },
          );
          expect(decision.outcome).toBe('accepted');
          if (decision.outcome === 'rejected') return;
          const expected = disclosurePeriod(severity, decidedOn);
          expect(decision.events[0]?.data).toMatchObject({
            disclosure: expected.ok ? expected.period : 'never',
          });
        },
      ),
    );
  });

  it('whatever corrections follow, the document number stays, each accepted one is counted, the periods follow the facts', () => {
    const correction = fc.record({
      severity: fc.constantFrom(...SEVERITIES),
      decidedOn: decisionDate,
      reason: fc.constantFrom('复议变更', '', '笔误更正'),
    });
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 8 }), (corrections) => {
        let state = step(integrityRecordDecider.initialState(), {
          type: 'RecordIntegrity',
          documentNumber: 'X〔2026〕1号',
          facts,
          source: 'staff',
          recordedBy: 's',
        });
        let accepted = 0;
        for (const { severity, decidedOn, reason } of corrections) {
          const before = state;
          state = step(state, {
            type: 'CorrectRecord',
            documentNumber: 'X〔2026〕1号',
            changes: { severity, decidedOn },
            reason,
            correctedBy: 's',
          });
          if (state !== before) accepted += 1;
        }
        expect(state).toMatchObject({
          status: 'recorded',
          documentNumber: 'X〔2026〕1号',
          corrections: accepted,
        });
        if (state.status !== 'recorded' || state.facts.severity === null) return;
        const expected = disclosurePeriod(state.facts.severity, state.facts.decidedOn);
        expect(state.disclosure).toEqual(expected.ok ? expected.period : 'never');
      }),
    );
  });
});
