import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Req,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  addJointBranchUnitBody,
  type AddJointBranchUnitBody,
  type JointBranchAnswer,
  type JointBranchListEntry,
  type JointBranchPage,
  type JointBranchView,
  formJointBranchBody,
  type FormJointBranchBody,
  listJointBranchesQuery,
  type ListJointBranchesQuery,
} from '@qinqing/party-building/contracts';
import type { JointBranchState } from '@qinqing/party-building/domain';
import type { IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { ORGANISATION_READERS, PARTY_BUILDING_STAFF } from '../application/party-building-roles';
import { ReadLog } from '../application/read-log';
import { checkedId } from '../application/checked-id';
import { JointBranchCommands } from './joint-branch-commands';

interface JointBranchRow {
  readonly joint_branch_id: string;
  readonly name: string;
  readonly superior_organisation: string;
  readonly secretary: string;
  readonly founded_on: string;
  readonly term_started_on: string;
  readonly term_years: number;
  readonly term_ends_on: string;
  readonly unit_count: number;
  readonly formed_at: Date | string;
}

const answerOf = (state: JointBranchState): JointBranchAnswer => {
  if (state.status !== 'formed') throw new Error('The joint branch decider formed nothing');
  return {
    jointBranchId: state.jointBranchId,
    name: state.name,
    units: state.units.map((u) => u.creditCode),
  };
};

/**
 * Joint branches (联合党支部, 支部工作条例 第五条): units with fewer than three full members joined with neighbouring
 * units, two to five of them. Party-building staff form them and change their units; staff and supervisors read
 * them, every read logged.
 */
@ApiTags('party-building')
@Controller('party-building/joint-branches')
export class JointBranchesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly commands: JointBranchCommands,
    private readonly reads: ReadLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({
    summary: 'Form a joint branch of two to five units with fewer than three full members each',
  })
  @ApiZodBody(formJointBranchBody)
  async form(
    @ZodBody(formJointBranchBody) body: FormJointBranchBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<JointBranchAnswer> {
    const jointBranchId = this.ids.next();
    const result = await this.commands.handle(
      jointBranchId,
      { type: 'FormJointBranch', jointBranchId, ...body, formedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'form-joint-branch'),
    );
    return answerOf(result.state);
  }

  @Post(':jointBranchId/units')
  @HttpCode(200)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({
    summary: 'Add a unit to a joint branch (at most five; not one that must have its own branch)',
  })
  @ApiZodBody(addJointBranchUnitBody)
  async add(
    @Param('jointBranchId') raw: string,
    @ZodBody(addJointBranchUnitBody) body: AddJointBranchUnitBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<JointBranchAnswer> {
    const result = await this.commands.handle(
      checkedId(raw, 'jointBranchId'),
      { type: 'AddJointBranchUnit', creditCode: body.creditCode, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'add-joint-branch-unit'),
    );
    return answerOf(result.state);
  }

  @Delete(':jointBranchId/units/:creditCode')
  @HttpCode(200)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({ summary: 'A unit leaves a joint branch (at least two stay)' })
  async remove(
    @Param('jointBranchId') raw: string,
    @Param('creditCode') creditCode: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<JointBranchAnswer> {
    const result = await this.commands.handle(
      checkedId(raw, 'jointBranchId'),
      { type: 'RemoveJointBranchUnit', creditCode, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'remove-joint-branch-unit'),
    );
    return answerOf(result.state);
  }

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'A page of joint branches, oldest first (the read is logged)' })
  @ApiZodQuery(listJointBranchesQuery)
  async list(
    @ZodQuery(listJointBranchesQuery) query: ListJointBranchesQuery,
    @CurrentActor() actor: Actor,
  ): Promise<JointBranchPage> {
    const { rows } = await this.db.query<JointBranchRow>(
      `SELECT * FROM party_building_joint_branches WHERE joint_branch_id > $1
       ORDER BY joint_branch_id LIMIT $2`,
      [query.after ?? '', query.limit + 1],
    );
    await this.reads.record(actor, 'joint-branches');
    const items = rows.slice(0, query.limit).map((row): JointBranchListEntry => ({
      jointBranchId: row.joint_branch_id,
      name: row.name,
      superiorOrganisation: row.superior_organisation,
      foundedOn: row.founded_on,
      termEndsOn: row.term_ends_on,
      unitCount: row.unit_count,
      hasSecretary: row.secretary.length > 0,
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.jointBranchId ?? null) : null };
  }

  @Get(':jointBranchId')
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'One joint branch with its units and secretary (the read is logged)' })
  async one(@Param('jointBranchId') raw: string, @CurrentActor() actor: Actor): Promise<JointBranchView> {
    const jointBranchId = checkedId(raw, 'jointBranchId');
    const { rows } = await this.db.query<JointBranchRow>(
      'SELECT * FROM party_building_joint_branches WHERE joint_branch_id = $1',
      [jointBranchId],
    );
    await this.reads.record(actor, `joint-branch:${jointBranchId}`);
    const row = rows[0];
    if (row === undefined)
      throw new NotFoundException({
        error: 'joint-branch-not-found',
        message: { zh: '该联合党支部不存在', en: 'There is no such joint branch' },
      });
    const units = await this.db.query<{
      credit_code: string;
      enterprise_name: string;
      full_members: number;
      probationary_members: number;
      joined_on: string;
    }>(
      `SELECT credit_code, enterprise_name, full_members, probationary_members, joined_on
       FROM party_building_joint_branch_units WHERE joint_branch_id = $1 ORDER BY credit_code LIMIT 10`,
      [jointBranchId],
    );
    return {
      jointBranchId: row.joint_branch_id,
      name: row.name,
      superiorOrganisation: row.superior_organisation,
      secretary: row.secretary,
      foundedOn: row.founded_on,
      termStartedOn: row.term_started_on,
      termYears: row.term_years,
      termEndsOn: row.term_ends_on,
      units: units.rows.map((u) => ({
        creditCode: u.credit_code,
        enterpriseName: u.enterprise_name,
        fullMembers: u.full_members,
        probationaryMembers: u.probationary_members,
        joinedOn: u.joined_on,
      })),
      formedAt: new Date(row.formed_at).toISOString(),
    };
  }
}
