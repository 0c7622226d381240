import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { CREDIT_RECORD_KINDS } from './api/integrity-record.bodies';
import { CREDIT_SEVERITIES } from './api/disclosure-period.query';
import { OBJECTION_DECISION_OUTCOMES, REPAIR_DECISION_OUTCOMES } from './api/objection-repair.bodies';
import { BoardPublishedV1, CleanEnterpriseEvaluatedV1, PledgeSignedV1 } from './credit-board-events';
import { CREDIT_SOURCE, CREDIT_TOPIC } from './credit-topic';
import { RestrictionImposedV1, RestrictionLiftedV1 } from './restriction-events';

const date = z.iso.date();

const disclosure = z
  .object({
    published: z.boolean(),
    minimumEnds: date.nullable(),
    repairableFrom: date,
    publicUntil: date.nullable(),
  })
  .nullable();

/**
 * A record as the world may know it: the decision and the enterprise (its registered name and credit code,
 * both public in the national enterprise credit register). Who recorded it, the evidence reference and a
 * correction's free-text reason stay inside the context.
 */
const publicRecord = {
  documentNumber: z.string().min(1),
  kind: z.enum(CREDIT_RECORD_KINDS),
  polarity: z.enum(['negative', 'positive']),
  severity: z.enum(CREDIT_SEVERITIES).nullable(),
  issuingAuthority: z.string().min(1),
  decidedOn: date,
  legalBasis: z.string().min(1),
  creditCode: z.string().length(18),
  enterpriseName: z.string().min(1),
  /** 处罚类别 and 处罚内容 of an administrative penalty (published by 双公示 too); null otherwise. */
  penaltyCategory: z.string().min(1).nullable(),
  penaltyContent: z.string().min(1).nullable(),
  /** 《信用修复管理办法》's periods for a negative record; null for a positive one. */
  disclosure,
};

/**
 * The credit context's public events: versioned, validated by their zod schema on both sides, catalogued in
 * docs/asyncapi.json, keyed by the document number. A change that breaks a consumer is a new version (…v2).
 */
export const IntegrityRecordedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.integrity-record.recorded.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({ ...publicRecord, recordedAt: z.iso.datetime() }),
});

export const IntegrityRecordCorrectedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.integrity-record.corrected.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    ...publicRecord,
    /** The fields whose value changed (the evidence reference may be among them; its value is not published). */
    changed: z.array(z.string()).min(1),
    correctedAt: z.iso.datetime(),
  }),
});

/** The maximum publication period passed and publication stopped by itself (recorded by the scheduler). */
export const PublicationEndedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.integrity-record.publication-ended.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    documentNumber: z.string().min(1),
    creditCode: z.string().length(18),
    /** The last day the record was public. */
    publicUntil: date,
    /** The day the end was recorded (China), after `publicUntil`. */
    endedOn: date,
  }),
});

const documentNumber = z.string().min(1);
const creditCode = z.string().length(18);

/**
 * The record was withdrawn (撤销), so far only on an objection: it stays in the file marked withdrawn, no longer
 * counts and is no longer published. Only the category of the reason is public.
 */
export const RecordWithdrawnV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.integrity-record.withdrawn.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    documentNumber,
    creditCode,
    withdrawnOn: date,
    reasonCategory: z.enum(['objection']),
  }),
});

/**
 * Credit repair was granted: publication ended early (终止公示), sharing stops, restrictions are lifted and the
 * board updated (《信用修复管理办法》第三条).
 */
export const RecordRepairedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.integrity-record.repaired.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({ documentNumber, creditCode, repairedOn: date }),
});

/**
 * An objection (异议) was filed against a record, due on `dueOn` (working days). The grounds and evidence stay
 * inside the context: they may name people.
 */
export const ObjectionFiledV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.objection.filed.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    objectionId: z.string().min(1),
    documentNumber,
    creditCode,
    filedOn: date,
    dueOn: date,
  }),
});

/** An objection was decided: the record upheld (维持), corrected (更正) or withdrawn (撤销); reasons stay inside. */
export const ObjectionDecidedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.objection.decided.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    objectionId: z.string().min(1),
    documentNumber,
    creditCode,
    outcome: z.enum(OBJECTION_DECISION_OUTCOMES),
    decidedOn: date,
  }),
});

/** The enterprise took back its own open objection (撤回). */
export const ObjectionRetractedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.objection.retracted.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({ objectionId: z.string().min(1), documentNumber, creditCode, retractedOn: date }),
});

/**
 * A repair application (信用修复申请) was made, its conditions met, due on `dueOn` (working days). The correction
 * evidence and the commitment's signatory stay inside the context.
 */
export const RepairAppliedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.repair.applied.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    applicationId: z.string().min(1),
    documentNumber,
    creditCode,
    appliedOn: date,
    dueOn: date,
  }),
});

/** A repair application was decided; a granted one is followed by the record's `repaired` event. */
export const RepairDecidedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.repair.decided.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    applicationId: z.string().min(1),
    documentNumber,
    creditCode,
    outcome: z.enum(REPAIR_DECISION_OUTCOMES),
    decidedOn: date,
  }),
});

export const CREDIT_PUBLIC_EVENTS = [
  IntegrityRecordedV1,
  IntegrityRecordCorrectedV1,
  PublicationEndedV1,
  RestrictionImposedV1,
  RestrictionLiftedV1,
  RecordWithdrawnV1,
  RecordRepairedV1,
  ObjectionFiledV1,
  ObjectionDecidedV1,
  ObjectionRetractedV1,
  RepairAppliedV1,
  RepairDecidedV1,
  BoardPublishedV1,
  PledgeSignedV1,
  CleanEnterpriseEvaluatedV1,
] as const;
