import { ORGANISATION_UNIT_KINDS } from '@qinqing/shared/identity-domain';
import { z } from 'zod';

export const createOrganisationUnitSchema = z
  .object({
    unitId: z.string().min(1).max(64),
    kind: z.enum(ORGANISATION_UNIT_KINDS),
    name: z.object({ zh: z.string().max(100), en: z.string().max(200) }).strict(),
  })
  .strict();

export type CreateOrganisationUnitBody = z.infer<typeof createOrganisationUnitSchema>;

export const setOrganisationUnitHotlineSchema = z.object({ hotline: z.string().max(40) }).strict();

export type SetOrganisationUnitHotlineBody = z.infer<typeof setOrganisationUnitHotlineSchema>;
