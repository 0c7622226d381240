import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classificationOf,
  DISTINCTIONS,
  faultToleranceReviewDecider,
  type RecordFaultToleranceReview,
} from './fault-tolerance-review';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(faultToleranceReviewDecider, { now });
const record: RecordFaultToleranceReview = {
  type: 'RecordFaultToleranceReview',
  reviewId: 'rv-1',
  officialId: 'official-1',
  reviewedBy: 'inspector-1',
  reviewerRole: 'discipline-inspector',
  matter: ' 先行先试审批提速中漏审一项材料 ',
  distinction: 'lack-of-experience',
  finding: 'tolerated',
  reasoning: '无先例可循，未谋私利，及时补正',
  corrections: '补审材料，完善审批清单',
};

describe('a fault-tolerance review (容错纠错, 三个区分开来)', () => {
  it('records the documented classification, once', () => {
    given([])
      .when(record)
      .thenEvents((events) =>
        expect(events[0]?.data).toMatchObject({
          matter: '先行先试审批提速中漏审一项材料',
          distinction: 'lack-of-experience',
          finding: 'tolerated',
        }),
      );
    given([{ type: 'FaultToleranceReviewRecorded', data: { ...record, recordedAt: '' } }])
      .when(record)
      .thenRejects('fault-review-exists', 'conflict');
  });

  it('is never the official’s own, and is documented', () => {
    given([])
      .when({ ...record, reviewedBy: 'official-1' })
      .thenRejects('own-fault-review', 'forbidden');
    given([])
      .when({ ...record, reasoning: ' ' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ field: 'reasoning', rule: { rule: 'fault-tolerance' } }),
      );
  });

  it('names each side of each distinction in the sources’ words', () => {
    expect(classificationOf('exploratory-trial', 'wrongdoing').zh).toBe(
      '上级明令禁止后依然我行我素的违纪违法行为',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...DISTINCTIONS),
        fc.constantFrom('tolerated' as const, 'wrongdoing' as const),
        (d, f) => {
          const decision = faultToleranceReviewDecider.decide(
            { ...record, distinction: d, finding: f },
            { status: 'absent' },
            { now },
          );
          expect(decision.outcome).toBe('accepted');
          expect(classificationOf(d, f).zh.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
