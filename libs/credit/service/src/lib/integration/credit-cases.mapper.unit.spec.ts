import {
  ObjectionDecidedV1,
  ObjectionFiledV1,
  ObjectionRetractedV1,
  RecordRepairedV1,
  RecordWithdrawnV1,
  RepairAppliedV1,
  RepairDecidedV1,
} from '@qinqing/credit/contracts';
import {
  documentNumberKey,
  integrityRecordStreamId,
  objectionStreamId,
  repairApplicationId,
  repairStreamId,
} from '@qinqing/credit/domain';
import { type CloudEvent, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { creditIntegrationMapper } from './credit-integration.mapper';

const NUMBER = '昆市监罚〔2026〕12号';
const KEY = documentNumberKey(NUMBER);
const CODE = '91330203MA2H5K7P7A';
const APPLICATION = repairApplicationId(KEY, 1);

const recorded = (streamId: string, type: string, data: unknown): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000002',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'credit.zhao',
    actorRole: 'credit-officer',
    occurredAt: '2026-09-30T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-09-30T02:00:00.000Z'),
});

const mapped = (streamId: string, type: string, data: unknown) => {
  const out = creditIntegrationMapper.map(recorded(streamId, type, data));
  if (out === null) throw new Error(`${type} was not published`);
  return out;
};

/** Words that must never leave the context: grounds, evidence, reasons, the signatory. */
const PRIVATE = ['张伟', '复议', '凭证', '理由', 'walk-in-1', 'credit.zhao'];

const expectNothingPrivate = (out: unknown): void => {
  for (const word of PRIVATE) expect(JSON.stringify(out)).not.toContain(word);
};

describe('the public events of objections and repair applications', () => {
  it('an objection filed, decided and taken back: who, which record, when, the outcome — never the grounds or reasons', () => {
    const stream = objectionStreamId('obj-1');
    const filed = mapped(stream, 'ObjectionFiled', {
      objectionId: 'obj-1',
      documentNumber: NUMBER,
      creditCode: CODE,
      grounds: '复议已撤销，理由见附件',
      evidenceReference: '复议决定书',
      filedBy: { role: 'kiosk-enterprise', id: 'walk-in-1' },
      filedOn: '2026-09-30',
      dueOn: '2026-10-15',
      workingDays: 7,
      filedAt: '2026-09-30T02:00:00.000Z',
    });
    expect(filed.key).toBe(KEY);
    expect(parseCloudEvent(ObjectionFiledV1, filed.cloudEvent as CloudEvent).data).toEqual({
      objectionId: 'obj-1',
      documentNumber: NUMBER,
      creditCode: CODE,
      filedOn: '2026-09-30',
      dueOn: '2026-10-15',
    });
    const decided = mapped(stream, 'ObjectionDecided', {
      objectionId: 'obj-1',
      documentNumber: NUMBER,
      creditCode: CODE,
      outcome: 'withdrawn',
      reasons: '经办人张伟核实：复议已撤销',
      decidedBy: 'credit.zhao',
      decidedOn: '2026-10-08',
      late: false,
      decidedAt: '2026-10-08T02:00:00.000Z',
    });
    expect(parseCloudEvent(ObjectionDecidedV1, decided.cloudEvent as CloudEvent).data).toEqual({
      objectionId: 'obj-1',
      documentNumber: NUMBER,
      creditCode: CODE,
      outcome: 'withdrawn',
      decidedOn: '2026-10-08',
    });
    const retracted = mapped(stream, 'ObjectionRetracted', {
      objectionId: 'obj-1',
      documentNumber: NUMBER,
      creditCode: CODE,
      retractedBy: { role: 'kiosk-enterprise', id: 'walk-in-1' },
      retractedOn: '2026-10-01',
      retractedAt: '2026-10-01T02:00:00.000Z',
    });
    expect(parseCloudEvent(ObjectionRetractedV1, retracted.cloudEvent as CloudEvent).data).toMatchObject({
      retractedOn: '2026-10-01',
    });
    for (const out of [filed, decided, retracted]) expectNothingPrivate(out.cloudEvent);
  });

  it('a repair application and its decision: never the evidence, the signatory or the reasons', () => {
    const stream = repairStreamId(KEY);
    const applied = mapped(stream, 'RepairApplied', {
      applicationId: APPLICATION,
      applicationNumber: 1,
      documentNumber: NUMBER,
      creditCode: CODE,
      correctionEvidence: '罚款缴纳凭证',
      commitment: { signatoryName: '张伟', signatoryPosition: '法定代表人', textVersion: '2026-04' },
      appliedBy: { role: 'kiosk-enterprise', id: 'walk-in-1' },
      appliedOn: '2026-09-30',
      dueOn: '2026-10-13',
      workingDays: 5,
      appliedAt: '2026-09-30T02:00:00.000Z',
    });
    expect(applied.key).toBe(KEY);
    expect(parseCloudEvent(RepairAppliedV1, applied.cloudEvent as CloudEvent).data).toEqual({
      applicationId: APPLICATION,
      documentNumber: NUMBER,
      creditCode: CODE,
      appliedOn: '2026-09-30',
      dueOn: '2026-10-13',
    });
    const decided = mapped(stream, 'RepairDecided', {
      applicationId: APPLICATION,
      documentNumber: NUMBER,
      creditCode: CODE,
      outcome: 'granted',
      reasons: '凭证齐全，张伟已签署承诺',
      decidedBy: 'credit.zhao',
      decidedOn: '2026-10-09',
      late: false,
      decidedAt: '2026-10-09T02:00:00.000Z',
    });
    expect(parseCloudEvent(RepairDecidedV1, decided.cloudEvent as CloudEvent).data).toEqual({
      applicationId: APPLICATION,
      documentNumber: NUMBER,
      creditCode: CODE,
      outcome: 'granted',
      decidedOn: '2026-10-09',
    });
    for (const out of [applied, decided]) expectNothingPrivate(out.cloudEvent);
  });

  it('the record withdrawn or repaired: the category of the reason and the day, keyed by the document number', () => {
    const stream = integrityRecordStreamId(KEY);
    const withdrawn = mapped(stream, 'RecordWithdrawn', {
      documentNumber: NUMBER,
      creditCode: CODE,
      reasonCategory: 'objection',
      objectionId: 'obj-1',
      reason: '经办人张伟核实：复议已撤销',
      withdrawnBy: 'credit.zhao',
      withdrawnOn: '2026-10-08',
      withdrawnAt: '2026-10-08T02:00:00.000Z',
    });
    expect(withdrawn.key).toBe(KEY);
    expect(parseCloudEvent(RecordWithdrawnV1, withdrawn.cloudEvent as CloudEvent).data).toEqual({
      documentNumber: NUMBER,
      creditCode: CODE,
      withdrawnOn: '2026-10-08',
      reasonCategory: 'objection',
    });
    const repaired = mapped(stream, 'RecordRepaired', {
      documentNumber: NUMBER,
      creditCode: CODE,
      applicationId: APPLICATION,
      repairedBy: 'credit.zhao',
      repairedOn: '2026-10-09',
      repairedAt: '2026-10-09T02:00:00.000Z',
    });
    expect(parseCloudEvent(RecordRepairedV1, repaired.cloudEvent as CloudEvent).data).toEqual({
      documentNumber: NUMBER,
      creditCode: CODE,
      repairedOn: '2026-10-09',
    });
    for (const out of [withdrawn, repaired]) expectNothingPrivate(out.cloudEvent);
  });
});
