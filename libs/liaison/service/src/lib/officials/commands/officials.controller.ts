import { Controller, Get, HttpCode, Inject, Param, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  Allow,
  commandMetadataFor,
  CurrentActor,
  findOrganisationUnits,
} from '@qinqing/identity/access';
import { listQuery, officialProfileBody, type OfficialProfileBody } from '@qinqing/liaison/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ApiZodQuery, SQL_DATABASE, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { checkedId, isOfficial, notFound, staffIdOf, unknownUnit } from '../application/liaison-access';
import { OfficialsService, type OfficialView } from '../application/officials.service';

interface OfficialRow {
  account_id: string;
  name: string;
  unit_id: string;
  superior_account_id: string;
  jurisdiction: string | null;
  office_channel: string | null;
}

export interface OfficialsPage {
  readonly items: readonly OfficialView[];
  readonly nextCursor: string | null;
}

const OFFICIAL = { zh: '领导干部', en: 'official' };

/** Officials' liaison profiles: registered and changed by an administrator. */
@ApiTags('liaison')
@Controller('liaison/officials')
export class OfficialsController {
  constructor(
    private readonly officials: OfficialsService,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('administrator')
  @ApiOperation({
    summary:
      'Register a leading official’s profile: account, name, unit, superior, jurisdiction and office channel (办公电话/办公地点)',
  })
  @ApiZodBody(officialProfileBody)
  async register(
    @ZodBody(officialProfileBody) body: OfficialProfileBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<OfficialView> {
    await this.knownUnit(body.unitId);
    return this.officials.execute(
      {
        type: 'RegisterOfficial',
        ...body,
        jurisdiction: body.jurisdiction ?? this.officials.deploymentJurisdiction,
        by: staffIdOf(actor),
      },
      commandMetadataFor(request, actor, 'register-official'),
    );
  }

  @Put(':accountId')
  @Allow('administrator')
  @ApiOperation({
    summary:
      'Change an official’s profile: name, unit, superior, jurisdiction, office channel (an office channel left out is none)',
  })
  @ApiZodBody(officialProfileBody)
  async change(
    @Param('accountId') accountId: string,
    @ZodBody(officialProfileBody) body: OfficialProfileBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<OfficialView> {
    checkedId(accountId, 'accountId');
    await this.knownUnit(body.unitId);
    return this.officials.execute(
      { type: 'ChangeOfficialProfile', ...body, accountId, by: staffIdOf(actor) },
      commandMetadataFor(request, actor, 'change-official'),
    );
  }

  @Get()
  @Allow('administrator', 'supervisor')
  @ApiOperation({ summary: 'Officials, by account id, a page at a time (`after` = the previous nextCursor)' })
  @ApiZodQuery(listQuery)
  async list(@ZodQuery(listQuery) query: z.infer<typeof listQuery>): Promise<OfficialsPage> {
    const { limit } = query;
    const { rows } = await this.db.query<OfficialRow>(
      `SELECT account_id, name, unit_id, superior_account_id, jurisdiction, office_channel FROM liaison_officials
       WHERE account_id > $1 ORDER BY account_id LIMIT $2`,
      [query.after === undefined ? '' : checkedId(query.after, 'after'), limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => toProfile(row, this.officials.deploymentJurisdiction));
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.accountId ?? null) : null };
  }

  @Get(':accountId')
  @Allow('administrator', 'supervisor', 'leading-official')
  @ApiOperation({ summary: 'One official’s profile (an official sees only their own)' })
  async one(@Param('accountId') accountId: string, @CurrentActor() actor: Actor): Promise<OfficialView> {
    checkedId(accountId, 'accountId');
    if (isOfficial(actor) && staffIdOf(actor) !== accountId) throw notFound(OFFICIAL);
    const profile = await this.officials.profile(accountId);
    if (profile === null) throw notFound(OFFICIAL);
    return profile;
  }

  private async knownUnit(unitId: string): Promise<void> {
    const units = await findOrganisationUnits(this.db, [unitId]);
    if (!units.has(unitId)) throw unknownUnit('unitId', unitId);
  }
}

const toProfile = (row: OfficialRow, deploymentJurisdiction: string): OfficialView => ({
  accountId: row.account_id,
  name: row.name,
  unitId: row.unit_id,
  superiorAccountId: row.superior_account_id,
  jurisdiction: row.jurisdiction ?? deploymentJurisdiction,
  officeChannel: row.office_channel,
});
