import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ORGANISATION_UNIT_KINDS, ROLES } from '@qinqing/identity/domain';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { Allow } from '../../access/access.decorators';
import {
  listOrganisationUnits,
  type OrganisationUnitRow,
} from '../../projections/organisation-units/organisation-units.projection';

export const listOrganisationUnitsQuery = z
  .object({ kind: z.enum(ORGANISATION_UNIT_KINDS).optional() })
  .strict();

@ApiTags('identity')
@Controller('organisation-units')
export class ListOrganisationUnitsController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** Departments, centres and receiving units with their names: reference data every screen shows. */
  @Get()
  @Allow(...ROLES)
  @ApiZodQuery(listOrganisationUnitsQuery)
  list(
    @ZodQuery(listOrganisationUnitsQuery) query: z.infer<typeof listOrganisationUnitsQuery>,
  ): Promise<OrganisationUnitRow[]> {
    return listOrganisationUnits(this.db, query.kind);
  }
}
