import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { RecentReads, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { findOrganisationUnits, type OrganisationUnitRow } from '@qinqing/identity/access';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/**
 * A unit named as a department (a hand-off, the default owner) must be a registered department: nothing may
 * fall between units (首问负责制).
 */
export const unknownDepartment = (field: string, unitId: string) =>
  new BadRequestException({
    error: 'unknown-department',
    message: {
      zh: '所选单位不是已登记的部门，请从部门列表中选择',
      en: `“${unitId}” is not a registered department; choose one from the list of departments`,
    },
    field,
  });

export type UnitNames = (unitId: string) => { zh: string; en: string };

/** Units a city has: a few hundred departments and centres at most. */
const REMEMBERED_UNITS = 2_000;

/** Names of departments and centres for people to read; an unknown id reads as itself. */
@Injectable()
export class UnitDirectory {
  /** A renamed unit shows its new name within seconds; the detail page no longer reads the table each time. */
  private readonly recent = new RecentReads<string, OrganisationUnitRow>(REMEMBERED_UNITS);

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async namesFor(unitIds: Iterable<string>): Promise<UnitNames> {
    const units = await this.recent.getMany(unitIds, (missing) => findOrganisationUnits(this.db, missing));
    return (unitId) => units.get(unitId)?.name ?? { zh: unitId, en: unitId };
  }

  async isDepartment(unitId: string): Promise<boolean> {
    const units = await findOrganisationUnits(this.db, [unitId]);
    return units.get(unitId)?.kind === 'department';
  }
}
