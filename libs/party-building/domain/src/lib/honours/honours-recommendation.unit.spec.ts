import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { honoursDecider, type RecommendForHonour } from './honours-recommendation';

const now = new Date('2026-12-02T02:00:00.000Z');
const recommend: RecommendForHonour = {
  type: 'RecommendForHonour',
  recommendationId: 'r-1',
  creditCode: '91330212ma2m8c4r3y',
  enterpriseName: '宁波鄞州甬城建设工程有限公司',
  honour: 'model-worker',
  nominee: '陈建',
  nomineePosition: '董事长',
  recommendedBy: 'party.lin',
};
const restriction = {
  documentNumber: '甬鄞检刑〔演示〕105号',
  issuingAuthority: '宁波市鄞州区人民法院',
  endsOn: '2029-08-02',
  ruleSource: { zh: '昆山 六(5)', en: 'Kunshan 6(5)' },
};

describe('an honours recommendation', () => {
  it('is recorded when no credit restriction on honours is in force', () => {
    deciderSpecification(honoursDecider, { now, restriction: null })([])
      .when(recommend)
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({
          creditCode: '91330212MA2M8C4R3Y',
          recommendedOn: '2026-12-02',
        }),
      );
  });

  it('is refused while a restriction is in force, naming the record, its end, the rule and the sources', () => {
    deciderSpecification(honoursDecider, { now, restriction })([])
      .when(recommend)
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'credit-restricted',
          rule: { rule: 'honours-restriction' },
        });
        expect(error.message.zh).toContain('甬鄞检刑〔演示〕105号');
        expect(error.message.zh).toContain('2029-08-02');
        expect(error.message.en).toContain('Kunshan 6(5)');
      });
  });

  it('refuses an unknown honour, a blank nominee and a bad code, naming the field', () => {
    const given = deciderSpecification(honoursDecider, { now, restriction: null });
    given([])
      .when({ ...recommend, honour: 'medal' })
      .thenRejectsWith((e) => expect(e.field).toBe('honour'));
    given([])
      .when({ ...recommend, nominee: ' ' })
      .thenRejectsWith((e) => expect(e.field).toBe('nominee'));
    given([])
      .when({ ...recommend, creditCode: '123' })
      .thenRejectsWith((e) => expect(e.field).toBe('creditCode'));
  });
});
