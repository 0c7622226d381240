import { defineIntegrationEvent, type IntegrationEventOf } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { INTEGRITY_PUBLIC_EVENTS } from './integrity-events';
import { LIAISON_SOURCE, LIAISON_TOPIC } from './liaison-topic';
import { LIAISON_OFFICIALS_PUBLIC_EVENTS } from './officials-events';

/**
 * The liaison context's public events: versioned, validated by their zod schema on both sides, catalogued in
 * docs/asyncapi.json. A change that breaks a consumer is a new version (…v2), never an edit of v1.
 */
const enterpriseSize = z
  .object({
    size: z.enum(['large', 'medium', 'small', 'micro']),
    industryGroup: z.string().min(1),
  })
  .nullable()
  .describe('Size class under 国统字〔2017〕213号; null when the rule does not class the enterprise (yet)');

const enterpriseTag = z.enum(['key-backbone', 'four-new', 'high-growth', 'in-difficulty']);

/** The directory's facts other contexts replicate; the contact phone is never among them. */
const enterpriseFacts = {
  name: z.string().min(1),
  areaCode: z
    .string()
    .regex(/^\d{6}(\d{3})?$/u)
    .describe('GB/T 2260 code (9 digits for a town or street)'),
  industry: z.string().min(1).describe('GB/T 4754-2017 code'),
  employees: z.number().int().min(0).nullable(),
  revenue: z.number().min(0).nullable().describe('营业收入, 万元'),
  assets: z.number().min(0).nullable().describe('资产总额, 万元'),
  chambers: z.array(z.string()),
  tags: z.array(enterpriseTag),
};

/** An enterprise entered the directory (企业名录), keyed by its 统一社会信用代码. */
export const EnterpriseRegisteredV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.enterprise.registered.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    creditCode: z.string().length(18),
    ...enterpriseFacts,
    size: enterpriseSize,
    registeredAt: z.iso.datetime(),
  }),
});

/** Some of an enterprise's details were corrected: the changed fields only, and the size class now. */
export const EnterpriseDetailsCorrectedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.liaison.enterprise.details-corrected.v1',
  version: 1,
  topic: LIAISON_TOPIC,
  source: LIAISON_SOURCE,
  schema: z.object({
    creditCode: z.string().length(18),
    changes: z.object(enterpriseFacts).partial(),
    size: enterpriseSize,
    correctedAt: z.iso.datetime(),
  }),
});

/** An event of the enterprise directory as a replica's batch handler receives it: a registration or a correction. */
export type EnterpriseDirectoryEvent = IntegrationEventOf<
  typeof EnterpriseRegisteredV1 | typeof EnterpriseDetailsCorrectedV1
>;

export const LIAISON_PUBLIC_EVENTS = [
  EnterpriseRegisteredV1,
  EnterpriseDetailsCorrectedV1,
  ...LIAISON_OFFICIALS_PUBLIC_EVENTS,
  ...INTEGRITY_PUBLIC_EVENTS,
] as const;
