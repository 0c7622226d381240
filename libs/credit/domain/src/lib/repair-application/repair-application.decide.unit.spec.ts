import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';
import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { documentNumberKey } from '../integrity-record/integrity-record.values';
import type { RecordStanding } from '../integrity-record/record-standing';
import {
  type ApplyForRepair,
  type DecideRepair,
  repairApplicationDecider,
} from './repair-application.decide';
import type { RepairApplied, RepairDecided } from './repair-application.events';
import { parseRepairApplicationId, repairApplicationId } from './repair-application.stream';

// 30 September 2026, 09:00 in China: the day before the National Day week (1–7 October; 10 October worked).
const now = new Date('2026-09-30T01:00:00.000Z');
const calendar = createOfficialWorkingDayCalendar();
const given = deciderSpecification(repairApplicationDecider, { now, calendar, workingDays: 5 });

const CODE = '91330203MA2H5K7P7A';
const NUMBER = '昆市监罚〔2026〕12号';
const KEY = documentNumberKey(NUMBER);
const FIRST = repairApplicationId(KEY, 1);

const record: RecordStanding = {
  documentNumber: NUMBER,
  creditCode: CODE,
  polarity: 'negative',
  repairableFrom: '2026-08-11',
  withdrawnOn: null,
  repairedOn: null,
};

const apply: ApplyForRepair = {
  type: 'ApplyForRepair',
  documentNumber: NUMBER,
  documentKey: KEY,
  record,
  creditCode: CODE,
  correctionEvidence: ' 罚款缴纳凭证 2026-0931 ',
  commitment: { signatoryName: ' 张伟 ', signatoryPosition: '法定代表人', textVersion: '2026-04' },
  currentCommitmentVersion: '2026-04',
  by: { role: 'kiosk-enterprise', id: 'walk-in-1' },
};

const applied: RepairApplied = {
  type: 'RepairApplied',
  data: {
    applicationId: FIRST,
    applicationNumber: 1,
    documentNumber: NUMBER,
    creditCode: CODE,
    correctionEvidence: '罚款缴纳凭证 2026-0931',
    commitment: { signatoryName: '张伟', signatoryPosition: '法定代表人', textVersion: '2026-04' },
    appliedBy: { role: 'kiosk-enterprise', id: 'walk-in-1' },
    appliedOn: '2026-09-30',
    dueOn: '2026-10-13',
    workingDays: 5,
    appliedAt: now.toISOString(),
  },
};

const decide: DecideRepair = {
  type: 'DecideRepair',
  applicationId: FIRST,
  outcome: 'refused',
  reasons: '未提交罚款缴纳凭证原件',
  decidedBy: 'credit.zhao',
};

const refused: RepairDecided = {
  type: 'RepairDecided',
  data: {
    applicationId: FIRST,
    documentNumber: NUMBER,
    creditCode: CODE,
    outcome: 'refused',
    reasons: '未提交罚款缴纳凭证原件',
    decidedBy: 'credit.zhao',
    decidedOn: '2026-09-30',
    late: false,
    decidedAt: now.toISOString(),
  },
};

describe('a repair application (信用修复申请)', () => {
  it('is accepted when the conditions are met, due 5 working days later across the National Day week', () => {
    // 8, 9, 10 (make-up Saturday), 12, 13 October.
    given([]).when(apply).then([applied]);
  });

  it('names its record and its place in line, and nothing else parses as an id', () => {
    expect(parseRepairApplicationId(FIRST)).toEqual({ documentKey: KEY, number: 1 });
    for (const id of ['', 'x', `${FIRST}x`, `${FIRST.split('.')[0] ?? ''}.0`, '!!.1', 'AB.1'])
      expect(parseRepairApplicationId(id)).toBeNull();
  });

  it('is refused before the minimum period is over, naming the day it may be made', () => {
    given([])
      .when({ ...apply, record: { ...record, repairableFrom: '2026-10-01' } })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'minimum-period-not-over',
          rule: { rule: 'credit-repair' },
        });
        expect(error.message.zh).toContain('2026-10-01');
        expect(error.message.zh).toContain('信用修复管理办法');
      });
    // A minor record is repairable from its decision date: the same day is enough.
    given([])
      .when({ ...apply, record: { ...record, repairableFrom: '2026-09-30' } })
      .thenEvents((events) => expect(events).toHaveLength(1));
  });

  it('is refused for a positive, withdrawn or repaired record, and while another one is pending (409)', () => {
    given([])
      .when({ ...apply, record: { ...record, polarity: 'positive', repairableFrom: null } })
      .thenRejects('record-not-negative', 'conflict');
    given([])
      .when({ ...apply, record: { ...record, withdrawnOn: '2026-09-01' } })
      .thenRejects('record-withdrawn', 'conflict');
    given([])
      .when({ ...apply, record: { ...record, repairedOn: '2026-09-01' } })
      .thenRejects('record-already-repaired', 'conflict');
    given([applied])
      .when(apply)
      .thenRejectsWith((error) => {
        expect(error.code).toBe('repair-pending');
        expect(error.message.zh).toContain('2026-10-13');
      });
  });

  it('needs correction evidence and a commitment signed by name and position on the text in force (400 naming the field)', () => {
    for (const [change, field, code] of [
      [{ correctionEvidence: ' ' }, 'correctionEvidence', 'invalid-repair-text'],
      [
        { commitment: { ...apply.commitment, signatoryName: '' } },
        'commitment.signatoryName',
        'invalid-repair-text',
      ],
      [
        { commitment: { ...apply.commitment, signatoryPosition: ' ' } },
        'commitment.signatoryPosition',
        'invalid-repair-text',
      ],
      [
        { commitment: { ...apply.commitment, textVersion: '2025-01' } },
        'commitment.textVersion',
        'commitment-text-outdated',
      ],
    ] as const) {
      given([])
        .when({ ...apply, ...change })
        .thenRejectsWith((error) => expect(error).toMatchObject({ kind: 'validation', code, field }));
    }
  });

  it('another enterprise’s record is none for the kiosk; the officer is told the credit code does not match', () => {
    given([])
      .when({ ...apply, creditCode: '91110000100000000A' })
      .thenRejects('record-not-found', 'not-found');
    given([])
      .when({ ...apply, creditCode: '91110000100000000A', by: { role: 'credit-officer', id: 'credit.zhao' } })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'credit-code-mismatch', field: 'creditCode' }),
      );
  });

  it('is decided once; a refusal leaves the way open for a second application, a grant closes it', () => {
    given([applied]).when(decide).then([refused]);
    given([applied, refused]).when(decide).thenRejects('repair-decided', 'conflict');
    given([applied, refused])
      .when(apply)
      .thenEvents(([event]) =>
        expect(event?.data).toMatchObject({
          applicationId: repairApplicationId(KEY, 2),
          applicationNumber: 2,
        }),
      );
    const granted: RepairDecided = { ...refused, data: { ...refused.data, outcome: 'granted' } };
    given([applied, granted]).when(apply).thenRejects('record-already-repaired', 'conflict');
    given([applied])
      .when({ ...decide, applicationId: repairApplicationId(KEY, 2) })
      .thenRejects('application-not-found', 'not-found');
    given([applied])
      .when({ ...decide, reasons: '' })
      .thenRejectsWith((error) => expect(error).toMatchObject({ field: 'reasons' }));
  });
});
