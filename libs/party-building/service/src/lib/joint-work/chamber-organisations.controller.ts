import { Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type ChamberOrganisationPage,
  pageByIdQuery,
  type PageByIdQuery,
  recordChamberOrganisationBody,
  type RecordChamberOrganisationBody,
} from '@qinqing/party-building/contracts';
import { chamberOrganisationDecider, chamberOrganisationStreamId } from '@qinqing/party-building/domain';
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

interface ChamberRow {
  readonly chamber_organisation_id: string;
  readonly chamber_name: string;
  readonly chamber_kind: string;
  readonly organisation_type: string;
  readonly full_members: number;
  readonly probationary_members: number;
  readonly member_enterprises: number;
  readonly superior_organisation: string;
  readonly recorded_on: string;
}

/** Chamber-of-commerce party organisations (商会党组织, Kunshan 四(5)): counts and types, never members. */
@ApiTags('party-building')
@Controller('party-building/chamber-organisations')
export class ChamberOrganisationsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({ summary: 'Record a chamber of commerce’s party organisation (type and counts)' })
  @ApiZodBody(recordChamberOrganisationBody)
  async record(
    @ZodBody(recordChamberOrganisationBody) body: RecordChamberOrganisationBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ chamberOrganisationId: string }> {
    const chamberOrganisationId = this.ids.next();
    await this.commands.handle(
      chamberOrganisationDecider,
      chamberOrganisationStreamId(chamberOrganisationId),
      { type: 'RecordChamberOrganisation', chamberOrganisationId, ...body, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'record-chamber-organisation'),
    );
    return { chamberOrganisationId };
  }

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'A page of chamber-of-commerce party organisations (the read is logged)' })
  @ApiZodQuery(pageByIdQuery)
  async list(
    @ZodQuery(pageByIdQuery) query: PageByIdQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ChamberOrganisationPage> {
    const { rows } = await this.db.query<ChamberRow>(
      `SELECT * FROM party_building_chamber_organisations WHERE chamber_organisation_id > $1
       ORDER BY chamber_organisation_id LIMIT $2`,
      [query.after ?? '', query.limit + 1],
    );
    await this.reads.record(actor, 'chamber-organisations');
    const items = rows.slice(0, query.limit).map((row) => ({
      chamberOrganisationId: row.chamber_organisation_id,
      chamberName: row.chamber_name,
      chamberKind: row.chamber_kind,
      organisationType: row.organisation_type,
      fullMembers: row.full_members,
      probationaryMembers: row.probationary_members,
      memberEnterprises: row.member_enterprises,
      superiorOrganisation: row.superior_organisation,
      recordedOn: row.recorded_on,
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.chamberOrganisationId ?? null) : null };
  }
}
