import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { evaluateCleanEnterprise, type EvaluationRecord } from './clean-enterprise-items';
import { cleanEnterpriseDecider, type EvaluateCleanEnterprise } from './clean-enterprise.decide';

const now = new Date('2026-12-02T01:00:00.000Z');
const given = deciderSpecification(cleanEnterpriseDecider, { now });

const record = (
  documentNumber: string,
  kind: EvaluationRecord['kind'],
  decidedOn: string,
): EvaluationRecord => ({
  documentNumber,
  kind,
  polarity: kind === 'honour' || kind === 'praise' ? 'positive' : 'negative',
  decidedOn,
});

const evaluate: EvaluateCleanEnterprise = {
  type: 'EvaluateCleanEnterprise',
  evaluationId: 'e-1',
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  year: 2025,
  records: [],
  checklist: { integritySystem: true },
  pledgeSigned: true,
  evaluatedBy: 'credit.zhao',
};

describe('清廉企业 (Ningbo): the five no’s from the records, the integrity system and the pledge', () => {
  it('passes an enterprise with no record of the five kinds in the year, its own system and a signed pledge', () => {
    const result = evaluateCleanEnterprise(
      [record('荣誉', 'honour', '2025-03-01')],
      2025,
      { integritySystem: true },
      true,
    );
    expect(result.passed).toBe(true);
    expect(result.items.map((i) => i.item)).toEqual([
      'no-bribery',
      'no-wage-arrears',
      'no-tax-evasion',
      'no-infringement',
      'no-debt-evasion',
      'integrity-system',
      'integrity-pledge',
    ]);
  });

  it('fails an item on any negative record of its kind decided that year, naming the earliest as the basis', () => {
    const result = evaluateCleanEnterprise(
      [
        record('欠薪-2', 'wage-arrears', '2025-09-01'),
        record('欠薪-1', 'wage-arrears', '2025-02-01'),
        record('行贿-上年', 'bribery', '2024-12-31'),
        record('处罚', 'administrative-penalty', '2025-05-01'),
        { ...record('逃税-撤销', 'tax-evasion', '2025-05-01'), withdrawnOn: '2025-06-01' },
      ],
      2025,
      { integritySystem: true },
      true,
    );
    expect(result.passed).toBe(false);
    expect(result.items.filter((i) => !i.passed)).toEqual([
      { item: 'no-wage-arrears', passed: false, basis: '欠薪-1' },
    ]);
  });

  it('fails without the integrity system or without a pledge', () => {
    const result = evaluateCleanEnterprise([], 2025, { integritySystem: false }, false);
    expect(result.items.filter((i) => !i.passed).map((i) => i.item)).toEqual([
      'integrity-system',
      'integrity-pledge',
    ]);
  });

  it('is recorded for a year that has ended; evaluating again replaces it, naming the one it replaces', () => {
    given([])
      .when(evaluate)
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          evaluationId: 'e-1',
          passed: true,
          replaces: null,
          evaluatedOn: '2026-12-02',
        }),
      );
    const first = cleanEnterpriseDecider.decide(evaluate, cleanEnterpriseDecider.initialState(), { now });
    if (first.outcome === 'rejected') throw new Error(first.error.code);
    given([...first.events])
      .when({ ...evaluate, evaluationId: 'e-2', checklist: { integritySystem: false } })
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({ evaluationId: 'e-2', passed: false, replaces: 'e-1' }),
      );
  });

  it('refuses the current year (not over in China) naming the field and the source', () => {
    given([])
      .when({ ...evaluate, year: 2026 })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'validation', code: 'year-not-over', field: 'year' });
        expect(error.message.zh).toContain('宁波');
      });
  });
});
