import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';
import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import type { RecordStanding } from '../integrity-record/record-standing';
import { type DecideObjection, type FileObjection, objectionDecider } from './objection.decide';
import type { ObjectionFiled } from './objection.events';

// 30 September 2026, 09:00 in China: the day before the National Day week (1–7 October; 10 October worked).
const now = new Date('2026-09-30T01:00:00.000Z');
const calendar = createOfficialWorkingDayCalendar();
const given = deciderSpecification(objectionDecider, { now, calendar, workingDays: 7 });

const CODE = '91330203MA2H5K7P7A';
const record: RecordStanding = {
  documentNumber: '昆市监罚〔2026〕12号',
  creditCode: CODE,
  polarity: 'negative',
  repairableFrom: '2026-08-11',
  withdrawnOn: null,
  repairedOn: null,
};

const file: FileObjection = {
  type: 'FileObjection',
  objectionId: 'obj-1',
  documentNumber: '昆市监罚〔2026〕12号',
  record,
  creditCode: CODE,
  grounds: ' 处罚决定已被复议撤销 ',
  evidenceReference: null,
  by: { role: 'kiosk-enterprise', id: 'walk-in-1' },
};

const filed: ObjectionFiled = {
  type: 'ObjectionFiled',
  data: {
    objectionId: 'obj-1',
    documentNumber: '昆市监罚〔2026〕12号',
    creditCode: CODE,
    grounds: '处罚决定已被复议撤销',
    evidenceReference: null,
    filedBy: { role: 'kiosk-enterprise', id: 'walk-in-1' },
    filedOn: '2026-09-30',
    dueOn: '2026-10-15',
    workingDays: 7,
    filedAt: now.toISOString(),
  },
};

const decide: DecideObjection = {
  type: 'DecideObjection',
  objectionId: 'obj-1',
  outcome: 'upheld',
  reasons: '复议决定维持原处罚',
  withChanges: false,
  decidedBy: 'credit.zhao',
};

describe('an objection (异议) against a record', () => {
  it('is filed by the enterprise against its own record, due 7 working days later across the National Day week', () => {
    // 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 October.
    given([]).when(file).then([filed]);
  });

  it('counts the limit set: 3 working days from 30 September is 10 October, the make-up Saturday', () => {
    given([])
      .when(file, { workingDays: 3 })
      .thenEvents(([event]) => expect(event?.data).toMatchObject({ dueOn: '2026-10-10', workingDays: 3 }));
  });

  it('another enterprise’s record is as good as none for the kiosk (404), a mismatch is named for the officer (400)', () => {
    given([])
      .when({ ...file, creditCode: '91110000100000000A' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ kind: 'not-found', code: 'record-not-found', field: 'documentNumber' }),
      );
    given([])
      .when({ ...file, record: null })
      .thenRejects('record-not-found', 'not-found');
    given([])
      .when({ ...file, creditCode: '91110000100000000A', by: { role: 'credit-officer', id: 'credit.zhao' } })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({
          kind: 'validation',
          code: 'credit-code-mismatch',
          field: 'creditCode',
        }),
      );
  });

  it('refuses a withdrawn record (409) and blank grounds (400 naming the field)', () => {
    given([])
      .when({ ...file, record: { ...record, withdrawnOn: '2026-09-01' } })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          kind: 'conflict',
          code: 'record-withdrawn',
          rule: { rule: 'objection' },
        });
        expect(error.message.zh).toContain('国办发〔2025〕22号');
      });
    given([])
      .when({ ...file, grounds: '  ' })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ kind: 'validation', code: 'invalid-objection-text', field: 'grounds' }),
      );
  });

  it('is decided once, with reasons; decided after its due day it is marked late', () => {
    given([filed])
      .when(decide)
      .then([
        {
          type: 'ObjectionDecided',
          data: {
            objectionId: 'obj-1',
            documentNumber: '昆市监罚〔2026〕12号',
            creditCode: CODE,
            outcome: 'upheld',
            reasons: '复议决定维持原处罚',
            decidedBy: 'credit.zhao',
            decidedOn: '2026-09-30',
            late: false,
            decidedAt: now.toISOString(),
          },
        },
      ]);
    given([filed])
      .when(decide, { now: new Date('2026-10-16T01:00:00.000Z') })
      .thenEvents(([event]) => expect(event?.data).toMatchObject({ decidedOn: '2026-10-16', late: true }));
    const decided = objectionDecider.decide(
      decide,
      objectionDecider.evolve(objectionDecider.initialState(), filed),
      {
        now,
        calendar,
        workingDays: 7,
      },
    );
    if (decided.outcome === 'rejected') throw new Error(decided.error.code);
    given([filed, ...decided.events])
      .when({ ...decide, outcome: 'withdrawn' })
      .thenRejects('objection-closed', 'conflict');
  });

  it('a correction names its changes; an upheld or withdrawn decision has none; reasons are required', () => {
    given([filed])
      .when({ ...decide, outcome: 'corrected' })
      .thenRejects('changes-required', 'validation');
    given([filed])
      .when({ ...decide, outcome: 'withdrawn', withChanges: true })
      .thenRejects('changes-not-applicable', 'validation');
    given([filed])
      .when({ ...decide, outcome: 'corrected', withChanges: true })
      .thenEvents(([event]) => expect(event?.data).toMatchObject({ outcome: 'corrected' }));
    given([filed])
      .when({ ...decide, reasons: ' ' })
      .thenRejectsWith((error) => expect(error).toMatchObject({ field: 'reasons' }));
    given([]).when(decide).thenRejects('objection-not-found', 'not-found');
  });

  it('the enterprise takes back its own open objection; another enterprise’s is not found; then it is closed', () => {
    const retract = {
      type: 'RetractObjection',
      objectionId: 'obj-1',
      creditCode: CODE,
      by: { role: 'kiosk-enterprise', id: 'walk-in-2' },
    } as const;
    given([filed])
      .when(retract)
      .thenEvents(([event]) =>
        expect(event).toMatchObject({ type: 'ObjectionRetracted', data: { retractedOn: '2026-09-30' } }),
      );
    given([filed])
      .when({ ...retract, creditCode: '91110000100000000A' })
      .thenRejects('objection-not-found');
    given([
      filed,
      {
        type: 'ObjectionRetracted',
        data: {
          objectionId: 'obj-1',
          documentNumber: filed.data.documentNumber,
          creditCode: CODE,
          retractedBy: retract.by,
          retractedOn: '2026-09-30',
          retractedAt: now.toISOString(),
        },
      },
    ])
      .when(decide)
      .thenRejectsWith((error) => {
        expect(error.code).toBe('objection-closed');
        expect(error.message.zh).toContain('撤回');
      });
  });
});
