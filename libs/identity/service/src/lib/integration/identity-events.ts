import { defineIntegrationEvent, publicTopic } from '@qinqing/shared/contracts-kit';
import { ORGANISATION_UNIT_KINDS } from '@qinqing/identity/domain';
import { z } from 'zod';

/** The identity context's public events: the catalogue of organisation units other services route by. */
export const IDENTITY_TOPIC = publicTopic('identity', 1);
export const IDENTITY_SOURCE = '/qinqing/identity';

const localizedNameSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const OrganisationUnitCreatedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.identity.organisation-unit.created.v1',
  version: 1,
  topic: IDENTITY_TOPIC,
  source: IDENTITY_SOURCE,
  schema: z.object({
    unitId: z.string().min(1),
    kind: z.enum(ORGANISATION_UNIT_KINDS),
    name: localizedNameSchema,
  }),
});

export const OrganisationUnitRenamedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.identity.organisation-unit.renamed.v1',
  version: 1,
  topic: IDENTITY_TOPIC,
  source: IDENTITY_SOURCE,
  schema: z.object({ unitId: z.string().min(1), name: localizedNameSchema }),
});

export const IDENTITY_PUBLIC_EVENTS = [OrganisationUnitCreatedV1, OrganisationUnitRenamedV1] as const;
