import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { ACTIVITY_KIND_VALUES } from './api/integrity/interaction-filing.bodies';
import { LIAISON_SOURCE, LIAISON_TOPIC } from './liaison-topic';
import { problemContactSchema } from './officials-events';

/**
 * Public events of interaction filings (政商交往报备), keyed by filing id. No personal data: never the official,
 * the superior, a relation or an ID number — what was filed, for which enterprises, and how it went. Who filed
 * and who decided travel apart, as account ids, on the oversight event `staff-acted` below.
 */
const filingId = z.uuid();
const date = z.iso.date();
const creditCode = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/u);

export const InteractionFilingFiledV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.interaction-filing.filed.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    filingId,
    jurisdiction: z.string().min(1),
    activityKind: z.enum(ACTIVITY_KIND_VALUES),
    organiserKind: z.enum(['enterprise', 'chamber']),
    enterpriseCreditCodes: z.array(creditCode),
    eventDate: date,
    filedAt: z.iso.datetime(),
  }),
});

export const InteractionFilingDecidedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.interaction-filing.decided.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    filingId,
    outcome: z.enum(['approved', 'refused']),
    /** When approved: the report is due by the end of this China-local day. */
    reportDue: date.nullable(),
    decidedAt: z.iso.datetime(),
  }),
});

export const InteractionFilingReportedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.interaction-filing.reported.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ filingId, late: z.boolean(), conductKept: z.boolean(), reportedAt: z.iso.datetime() }),
});

export const InteractionFilingReportOverdueV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.interaction-filing.report-overdue.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ filingId, reportDue: date, flaggedAt: z.iso.datetime() }),
});

/**
 * Who filed or decided an interaction filing: an oversight event, published beside the filing's own events (which
 * name nobody) for the discipline inspector's flagged review of an official under report (service centre,
 * docs/service-centre.md). It carries the staff **account id** only — pseudonymous, the id every event's metadata
 * records — never a name, a phone, the title, the purpose, a reason or a relation; the filing's facts are on the
 * events above, under the same key. Anyone reading the liaison topic can tie filings to accounts with it, as the
 * conflict events below already tie accounts to enterprises: the topic is the platform's, not the public's.
 */
export const InteractionFilingStaffActedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.interaction-filing.staff-acted.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    filingId,
    accountId: z.string().min(1),
    /** filed: the official asked; approved or refused: the superior decided. */
    action: z.enum(['filed', 'approved', 'refused']),
    actedAt: z.iso.datetime(),
  }),
});

const symposiumProblemFields = {
  problemId: z.uuid(),
  source: z.literal('symposium'),
  symposiumId: z.uuid(),
  enterpriseCreditCode: creditCode,
  enterpriseName: z.string().min(1),
  convenerUnitId: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  raisedOn: date,
};

/**
 * A problem an enterprise raised at a symposium (座谈会), to become an enterprise request as visit problems do: the
 * shape of `visit-problem.raised.v2` with `source: 'symposium'` and the symposium in place of visit and pairing.
 * The convening unit is the first receiver; the enterprise's contact to be answered travels sealed, as on v2.
 */
export const SymposiumProblemRaisedV2 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.symposium-problem.raised.v2',
  version: 2,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ ...symposiumProblemFields, sealedContact: z.string().min(1) }),
});

/** Retired: v1 carried the contact in clear. No longer published; appeals still reads v1 messages on the topic. */
export const SymposiumProblemRaisedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.symposium-problem.raised.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ ...symposiumProblemFields, contact: problemContactSchema }),
});

/**
 * Conflicts of interest (回避, 晋江 四), reduced to what another context must obey: which staff account stays away
 * from which enterprises. Keyed by account id, so one account's declarations and withdrawals arrive in order.
 * Never a name, a relation kind, an ID number or its hash, a tie's detail or a reason: the declaration itself
 * stays in liaison. `sourceId` is the declared relation; withdrawing it lifts what it declared.
 */
export const ConflictDeclaredV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.conflict.declared.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    accountId: z.string().min(1),
    sourceId: z.uuid(),
    creditCodes: z.array(creditCode).min(1),
    declaredAt: z.iso.datetime(),
  }),
});

export const ConflictWithdrawnV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.conflict.withdrawn.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({ accountId: z.string().min(1), sourceId: z.uuid(), withdrawnAt: z.iso.datetime() }),
});

/** A recusal (applied for, or ordered by a supervisor or discipline inspector): it is not withdrawn. */
export const RecusalRecordedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.recusal.recorded.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    accountId: z.string().min(1),
    recusalId: z.uuid(),
    creditCode,
    recordedAt: z.iso.datetime(),
  }),
});

export const INTEGRITY_PUBLIC_EVENTS = [
  InteractionFilingFiledV1,
  InteractionFilingDecidedV1,
  InteractionFilingReportedV1,
  InteractionFilingReportOverdueV1,
  InteractionFilingStaffActedV1,
  SymposiumProblemRaisedV2,
  ConflictDeclaredV1,
  ConflictWithdrawnV1,
  RecusalRecordedV1,
] as const;
