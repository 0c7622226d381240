import { Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type ActivityPage,
  listActivitiesQuery,
  type ListActivitiesQuery,
  recordActivityBody,
  type RecordActivityBody,
} from '@qinqing/party-building/contracts';
import {
  type ActivityContext,
  activityDecider,
  activityStreamId,
  OWN_ORGANISATION_TYPES,
  type OrganisationType,
} from '@qinqing/party-building/domain';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { CommandHandler, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { ORGANISATION_READERS, PARTY_BUILDING_STAFF } from '../application/party-building-roles';
import { ReadLog } from '../application/read-log';

/**
 * Party organisations' activities (study, training, theme days, service; Kunshan 四(5)), recorded per
 * organisation with the number who took part — never who.
 */
@ApiTags('party-building')
@Controller('party-building/activities')
export class ActivitiesController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({
    summary: 'Record an activity of an enterprise’s own organisation, a joint branch or a chamber’s',
  })
  @ApiZodBody(recordActivityBody)
  async record(
    @ZodBody(recordActivityBody) body: RecordActivityBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ activityId: string }> {
    const activityId = this.ids.next();
    const context: Omit<ActivityContext, 'now'> = { organisation: await this.organisationOf(body) };
    await this.commands.handle(
      activityDecider,
      activityStreamId(activityId),
      { type: 'RecordActivity', activityId, ...body, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'record-activity'),
      context,
    );
    return { activityId };
  }

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'One organisation’s activities, newest first (the read is logged)' })
  @ApiZodQuery(listActivitiesQuery)
  async list(
    @ZodQuery(listActivitiesQuery) query: ListActivitiesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ActivityPage> {
    const [kind, ...rest] = query.organisation.split(':');
    const id = rest.join(':');
    const key = kind === 'enterprise' ? `enterprise:${normaliseCreditCode(id)}` : query.organisation;
    const [afterDay, afterId] = query.after === undefined ? [null, null] : query.after.split('/');
    const { rows } = await this.db.query<{
      activity_id: string;
      kind: string;
      held_on: string;
      title: string;
      participants: number;
    }>(
      `SELECT activity_id, kind, held_on, title, participants FROM party_building_activities
       WHERE organisation_key = $1 AND ($2::text IS NULL OR (held_on, activity_id) < ($2, $3))
       ORDER BY held_on DESC, activity_id DESC LIMIT $4`,
      [key, afterDay ?? null, afterId ?? '', query.limit + 1],
    );
    await this.reads.record(
      actor,
      `activities:${key}`,
      kind === 'enterprise' ? normaliseCreditCode(id) : null,
    );
    const items = rows.slice(0, query.limit).map((row) => ({
      activityId: row.activity_id,
      kind: row.kind,
      heldOn: row.held_on,
      title: row.title,
      participants: row.participants,
    }));
    const last = items.at(-1);
    return {
      items,
      next: rows.length > query.limit && last !== undefined ? `${last.heldOn}/${last.activityId}` : null,
    };
  }

  /** What the read models know of the organisation named (the decider refuses the unknown). */
  private async organisationOf(body: RecordActivityBody): Promise<ActivityContext['organisation']> {
    const id = body.organisationId.trim();
    if (body.organisationKind === 'enterprise') {
      const { rows } = await this.db.query<{ type: OrganisationType }>(
        'SELECT type FROM party_building_organisations WHERE credit_code = $1',
        [normaliseCreditCode(id)],
      );
      const type = rows[0]?.type;
      if (type === undefined) return 'unknown';
      return OWN_ORGANISATION_TYPES.includes(type) ? 'own-organisation' : 'no-own-organisation';
    }
    const table =
      body.organisationKind === 'joint-branch'
        ? 'SELECT 1 FROM party_building_joint_branches WHERE joint_branch_id = $1'
        : body.organisationKind === 'chamber'
          ? 'SELECT 1 FROM party_building_chamber_organisations WHERE chamber_organisation_id = $1'
          : null;
    if (table === null) return 'exists';
    const { rows } = await this.db.query(table, [id]);
    return rows.length > 0 ? 'exists' : 'unknown';
  }
}
