import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { integrityRecordDecider, type RepairRecord, type WithdrawRecord } from './integrity-record.decide';
import type { IntegrityRecorded, RecordRepaired, RecordWithdrawn } from './integrity-record.events';
import { foldRecord, standingOf } from './record-standing';

// 30 September 2026, 09:00 in China.
const now = new Date('2026-09-30T01:00:00.000Z');
const given = deciderSpecification(integrityRecordDecider, { now });

const recorded: IntegrityRecorded = {
  type: 'IntegrityRecorded',
  data: {
    documentNumber: '昆市监罚〔2026〕12号',
    kind: 'administrative-penalty',
    severity: 'general',
    issuingAuthority: '昆山市市场监督管理局',
    decidedOn: '2026-05-10',
    legalBasis: '《中华人民共和国产品质量法》第四十九条',
    evidenceReference: '案卷 2026-0137',
    creditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波海曙甬创智能制造有限公司',
    penaltyCategory: '罚款',
    penaltyContent: '罚款人民币五万元',
    polarity: 'negative',
    disclosure: {
      published: true,
      minimumEnds: '2026-08-10',
      repairableFrom: '2026-08-11',
      publicUntil: '2027-05-10',
    },
    source: 'staff',
    recordedBy: 'staff-1',
    recordedAt: '2026-05-11T01:00:00.000Z',
  },
};

const withdraw: WithdrawRecord = {
  type: 'WithdrawRecord',
  documentNumber: '昆市监罚〔2026〕12号',
  objectionId: 'obj-1',
  reason: '处罚决定已被复议撤销',
  withdrawnBy: 'credit.zhao',
};

const withdrawn: RecordWithdrawn = {
  type: 'RecordWithdrawn',
  data: {
    documentNumber: '昆市监罚〔2026〕12号',
    creditCode: '91330203MA2H5K7P7A',
    reasonCategory: 'objection',
    objectionId: 'obj-1',
    reason: '处罚决定已被复议撤销',
    withdrawnBy: 'credit.zhao',
    withdrawnOn: '2026-09-30',
    withdrawnAt: now.toISOString(),
  },
};

const repair: RepairRecord = {
  type: 'RepairRecord',
  documentNumber: '昆市监罚〔2026〕12号',
  applicationId: 'app.1',
  repairedBy: 'credit.zhao',
};

const repaired: RecordRepaired = {
  type: 'RecordRepaired',
  data: {
    documentNumber: '昆市监罚〔2026〕12号',
    creditCode: '91330203MA2H5K7P7A',
    applicationId: 'app.1',
    repairedBy: 'credit.zhao',
    repairedOn: '2026-09-30',
    repairedAt: now.toISOString(),
  },
};

const end = { type: 'EndPublication', documentNumber: '昆市监罚〔2026〕12号' } as const;
const afterPeriod = { now: new Date('2027-05-11T01:00:00.000Z') };

describe('a record withdrawn (撤销) on an objection: kept, marked, no longer counting', () => {
  it('is withdrawn by an event naming the objection; the same objection asked again changes nothing', () => {
    given([recorded]).when(withdraw).then([withdrawn]);
    given([recorded, withdrawn]).when(withdraw).then([]);
    given([recorded, withdrawn])
      .when({ ...withdraw, objectionId: 'obj-2' })
      .thenRejects('record-withdrawn', 'conflict');
    given([]).when(withdraw).thenRejects('record-not-found', 'not-found');
  });

  it('is no longer corrected, repaired, nor ended by the scheduler (publication stopped already)', () => {
    given([recorded, withdrawn])
      .when({
        type: 'CorrectRecord',
        documentNumber: '昆市监罚〔2026〕12号',
        changes: { severity: 'minor' },
        reason: '更正',
        correctedBy: 'x',
      })
      .thenRejects('record-withdrawn', 'conflict');
    given([recorded, withdrawn]).when(repair).thenRejects('record-withdrawn', 'conflict');
    given([recorded, withdrawn]).when(end, afterPeriod).then([]);
    expect(standingOf(foldRecord([recorded, withdrawn]))).toMatchObject({
      withdrawnOn: '2026-09-30',
      repairedOn: null,
    });
  });
});

describe('a record repaired (信用修复): publication ends early, once', () => {
  it('is repaired by an event naming the application; the same application again changes nothing, another is refused', () => {
    given([recorded]).when(repair).then([repaired]);
    given([recorded, repaired]).when(repair).then([]);
    given([recorded, repaired])
      .when({ ...repair, applicationId: 'app.2' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ code: 'record-already-repaired', rule: { rule: 'credit-repair' } });
        expect(error.message.zh).toContain('不能再次修复');
      });
    given([recorded, repaired]).when(end, afterPeriod).then([]);
    expect(standingOf(foldRecord([recorded, repaired]))).toMatchObject({ repairedOn: '2026-09-30' });
  });

  it('a positive record has nothing to repair', () => {
    const honour: IntegrityRecorded = {
      ...recorded,
      data: {
        ...recorded.data,
        kind: 'honour',
        severity: null,
        polarity: 'positive',
        disclosure: null,
        penaltyCategory: null,
        penaltyContent: null,
      },
    };
    given([honour]).when(repair).thenRejects('record-not-negative', 'conflict');
  });
});
