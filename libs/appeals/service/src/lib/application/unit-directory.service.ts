import { Inject, Injectable } from '@nestjs/common';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { findOrganisationUnits } from '@qinqing/shared/identity';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

export type UnitNames = (unitId: string) => { zh: string; en: string };

/** Names of departments and centres for people to read; an unknown id reads as itself. */
@Injectable()
export class UnitDirectory {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async namesFor(unitIds: Iterable<string>): Promise<UnitNames> {
    const units = await findOrganisationUnits(this.db, [...new Set(unitIds)]);
    return (unitId) => units.get(unitId)?.name ?? { zh: unitId, en: unitId };
  }

  async isDepartment(unitId: string): Promise<boolean> {
    const units = await findOrganisationUnits(this.db, [unitId]);
    return units.get(unitId)?.kind === 'department';
  }
}
