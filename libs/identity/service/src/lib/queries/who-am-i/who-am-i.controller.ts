import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  type Actor,
  actorCentreId,
  actorRole,
  type LocalizedName,
  ROLE_LABELS,
  ROLES,
  isRole,
} from '@qinqing/identity/domain';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Allow } from '../../access/access.decorators';
import { CurrentActor } from '../../access/current-actor.decorator';
import { identityOf } from '../../access/request-identity';
import {
  findOrganisationUnits,
  type OrganisationUnitRow,
} from '../../projections/organisation-units/organisation-units.projection';
import { actorView, type SessionView, sessionView } from '../../views/actor.view';

export interface WhoAmI {
  readonly actor: Actor;
  readonly role: { readonly id: string; readonly label: LocalizedName };
  /** Staff only: the login name. */
  readonly username: string | null;
  readonly department: OrganisationUnitRow | null;
  readonly centre: OrganisationUnitRow | null;
  readonly session: SessionView | null;
}

@ApiTags('identity')
@Controller('auth')
export class WhoAmIController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** Who the caller is: actor, role, department or centre (with names), and when the session ends. */
  @Get('me')
  @Allow(...ROLES)
  @Header('Cache-Control', 'no-store')
  async whoAmI(@CurrentActor() actor: Actor, @Req() request: Request): Promise<WhoAmI> {
    const session = identityOf(request)?.session ?? null;
    const role = actorRole(actor);
    const departmentId = actor.kind === 'staff' ? (actor.departmentId ?? null) : null;
    const centreId = actorCentreId(actor);
    const units = await findOrganisationUnits(
      this.db,
      [departmentId, centreId].filter((id): id is string => id !== null),
    );
    return {
      actor: actorView(actor),
      role: { id: role, label: isRole(role) ? ROLE_LABELS[role] : { zh: '系统', en: 'system' } },
      username: session?.kind === 'staff' ? session.subjectName : null,
      department: departmentId === null ? null : (units.get(departmentId) ?? null),
      centre: centreId === null ? null : (units.get(centreId) ?? null),
      session: session === null ? null : sessionView(session),
    };
  }
}
