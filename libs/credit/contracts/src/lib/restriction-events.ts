import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { CREDIT_RECORD_KINDS } from './api/integrity-record.bodies';
import { CREDIT_SEVERITIES } from './api/disclosure-period.query';
import { CREDIT_LIFT_REASONS, CREDIT_RESTRICTION_PURPOSES } from './api/restrictions.query';
import { CREDIT_SOURCE, CREDIT_TOPIC } from './credit-topic';

const date = z.iso.date();

/**
 * 一处失信、处处受限: a record restricts its enterprise for these purposes over [startsOn, endsOn] (inclusive).
 * Other contexts keep their own replica and check it before they act — honours, policy benefits, procurement,
 * pairing as a key enterprise — naming the record (document number), the rule and its source in a refusal.
 * Keyed by the record's document number, like the record's own events: a replica sees them in order. Only the
 * enterprise is named; never its responsible persons.
 */
export const RestrictionImposedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.restriction.imposed.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    restrictionId: z.string().min(1),
    documentNumber: z.string().min(1),
    creditCode: z.string().length(18),
    kind: z.enum(CREDIT_RECORD_KINDS),
    severity: z.enum(CREDIT_SEVERITIES).nullable(),
    purposes: z.array(z.enum(CREDIT_RESTRICTION_PURPOSES)).min(1),
    startsOn: date,
    endsOn: date,
    issuingAuthority: z.string().min(1),
    /** The rule that restricts (e.g. `bribery-restrictions`) and its source, so a refusal can name both. */
    rule: z.string().min(1),
    ruleSource: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  }),
});

/** The restriction ends before its end date: repaired, the record withdrawn, or corrected out of the rule. */
export const RestrictionLiftedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.restriction.lifted.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    restrictionId: z.string().min(1),
    documentNumber: z.string().min(1),
    creditCode: z.string().length(18),
    reason: z.enum(CREDIT_LIFT_REASONS),
    liftedOn: date,
  }),
});
