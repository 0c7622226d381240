import { ORGANISATION_UNIT_KINDS } from '@qinqing/identity/domain';
import { optionalTextSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

export const createOrganisationUnitSchema = z
  .object({
    unitId: z.string().min(1).max(64),
    kind: z.enum(ORGANISATION_UNIT_KINDS),
    name: z
      .object({
        zh: optionalTextSchema(100, { zh: '中文名称', en: 'Chinese name' }),
        en: optionalTextSchema(200, { zh: '英文名称', en: 'English name' }),
      })
      .strict(),
  })
  .strict();

export type CreateOrganisationUnitBody = z.infer<typeof createOrganisationUnitSchema>;

export const setOrganisationUnitHotlineSchema = z.object({ hotline: z.string().max(40) }).strict();

export type SetOrganisationUnitHotlineBody = z.infer<typeof setOrganisationUnitHotlineSchema>;
