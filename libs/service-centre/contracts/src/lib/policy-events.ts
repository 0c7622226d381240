import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { SERVICE_CENTRE_SOURCE, SERVICE_CENTRE_TOPIC } from './service-centre-topic';

const criteria = z
  .object({
    industries: z.array(z.string()).describe('GB/T 4754-2017 prefixes (C, C35, C3491); empty: any'),
    sizes: z.array(z.enum(['large', 'medium', 'small', 'micro'])).describe('国统字〔2017〕213号; empty: any'),
    areas: z
      .array(z.string())
      .describe('GB/T 2260 codes; a province or city covers the codes under it; empty: any'),
    tags: z
      .array(z.enum(['key-backbone', 'four-new', 'high-growth', 'in-difficulty']))
      .describe('any of; empty: any'),
  })
  .describe(
    'Whom the policy is for; enterprises restricted from policy benefits (联合惩戒) are always excluded',
  );

/**
 * A policy was published in the 亲清家园 library (keyed by its id) and is pushed from now on to the enterprises
 * its criteria match, each match with its explanation and each exclusion with the credit record behind it.
 * The health index counts these for its transparency indicator.
 */
export const PolicyPublishedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.policy.published.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    policyId: z.string().min(1),
    title: z.string().min(1),
    issuingBody: z.string().min(1),
    documentNumber: z.string().min(1),
    effectiveOn: z.iso.date(),
    expiresOn: z.iso.date().nullable(),
    criteria,
    publishedOn: z.iso.date(),
    publishedAt: z.iso.datetime(),
  }),
});

/** A published policy was withdrawn: it is pushed no more and leaves the kiosk's lists. */
export const PolicyWithdrawnV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.policy.withdrawn.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({ policyId: z.string().min(1), withdrawnAt: z.iso.datetime() }),
});

/**
 * Enterprises that should be told of a published policy (精准推送's SMS notice), keyed by the policy: a batch of
 * the credit codes it was offered to — matched and not excluded under a credit restriction — at publication (a
 * page of the sweep over the matches, in credit-code order) or as they arrived in the directory later. Credit
 * codes only: the service centre holds no phone. Liaison, which keeps the contact mobiles, texts each enterprise
 * once per policy (`liaison.policy-notices`). An enterprise may be listed twice for one policy (an arrival while
 * the sweep read its page); consumers keep one notice per (policy, enterprise).
 */
export const PolicyNoticesDueV1 = defineIntegrationEvent({
  type: 'cn.qinqing.service-centre.policy.notices-due.v1',
  version: 1,
  topic: SERVICE_CENTRE_TOPIC,
  source: SERVICE_CENTRE_SOURCE,
  schema: z.object({
    policyId: z.string().min(1),
    title: z.string().min(1),
    documentNumber: z.string().min(1),
    creditCodes: z
      .array(z.string().regex(/^[0-9A-Z]{18}$/u))
      .min(1)
      .max(500)
      .describe('统一社会信用代码, ascending, 1 to 500 (the service centre’s POLICY_NOTICE_BATCH)'),
    dueAt: z.iso.datetime(),
  }),
});

export const POLICY_PUBLIC_EVENTS = [PolicyPublishedV1, PolicyWithdrawnV1, PolicyNoticesDueV1] as const;
