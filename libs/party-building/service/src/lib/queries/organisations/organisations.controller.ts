import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  listOrganisationsQuery,
  type ListOrganisationsQuery,
  type OrganisationListEntry,
  type OrganisationPage,
  type OrganisationView,
} from '@qinqing/party-building/contracts';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { ORGANISATION_READERS } from '../../application/party-building-roles';
import { ReadLog } from '../../application/read-log';

interface OrganisationRow {
  readonly credit_code: string;
  readonly enterprise_name: string;
  readonly full_members: number;
  readonly probationary_members: number;
  readonly type: string;
  readonly required_form: string;
  readonly may_also_form: readonly string[];
  readonly in_place: boolean;
  readonly founded_on: string | null;
  readonly superior_organisation: string | null;
  readonly secretary: string | null;
  readonly instructor: string | null;
  readonly term_started_on: string | null;
  readonly term_years: number | null;
  readonly term_ends_on: string | null;
  readonly union_set_up: boolean;
  readonly youth_league_set_up: boolean;
  readonly records: number;
  readonly recorded_at: Date | string;
}

/**
 * Enterprises' party organisation records for party-building staff and supervisors: a page of them (all, or
 * those not in place) and one enterprise's, with names. Each read is logged before the answer leaves.
 */
@ApiTags('party-building')
@Controller('party-building/organisations')
export class OrganisationsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({
    summary: 'A page of organisation records by credit code (inPlace=false: the ones not in place)',
  })
  @ApiZodQuery(listOrganisationsQuery)
  async list(
    @ZodQuery(listOrganisationsQuery) query: ListOrganisationsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationPage> {
    const { rows } = await this.db.query<OrganisationRow>(
      `SELECT * FROM party_building_organisations
       WHERE ($1::boolean IS NULL OR in_place = $1) AND credit_code > $2
       ORDER BY credit_code LIMIT $3`,
      [query.inPlace ?? null, query.after ?? '', query.limit + 1],
    );
    await this.reads.record(actor, query.inPlace === false ? 'list-not-in-place' : 'list');
    const items = rows.slice(0, query.limit).map((row): OrganisationListEntry => ({
      creditCode: row.credit_code,
      enterpriseName: row.enterprise_name,
      fullMembers: row.full_members,
      probationaryMembers: row.probationary_members,
      type: row.type,
      requiredForm: row.required_form,
      inPlace: row.in_place,
      hasSecretary: row.secretary !== null,
      hasInstructor: row.instructor !== null,
      termEndsOn: row.term_ends_on,
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.creditCode ?? null) : null };
  }

  @Get(':creditCode')
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({
    summary: 'One enterprise’s party organisation record (names included; the read is logged)',
  })
  async one(@Param('creditCode') raw: string, @CurrentActor() actor: Actor): Promise<OrganisationView> {
    const code = validateUnifiedSocialCreditCode(raw);
    if (!code.ok)
      throw new DomainRejectionError({
        kind: 'validation',
        code: 'invalid-credit-code',
        message: code.message,
        field: 'creditCode',
      });
    const creditCode = normaliseCreditCode(raw);
    const { rows } = await this.db.query<
      OrganisationRow & { joint_branch_id: string | null; joint_branch_name: string | null }
    >(
      `SELECT o.*, u.joint_branch_id, j.name AS joint_branch_name FROM party_building_organisations o
       LEFT JOIN party_building_joint_branch_units u ON u.credit_code = o.credit_code
       LEFT JOIN party_building_joint_branches j ON j.joint_branch_id = u.joint_branch_id
       WHERE o.credit_code = $1`,
      [creditCode],
    );
    await this.reads.record(actor, 'organisation', creditCode);
    const row = rows[0];
    if (row === undefined)
      throw new NotFoundException({
        error: 'organisation-not-recorded',
        message: {
          zh: `尚未登记统一社会信用代码为 ${creditCode} 的企业的党组织情况`,
          en: `No party organisation is recorded for the enterprise ${creditCode}`,
        },
      });
    return {
      creditCode: row.credit_code,
      enterpriseName: row.enterprise_name,
      fullMembers: row.full_members,
      probationaryMembers: row.probationary_members,
      type: row.type,
      requiredForm: row.required_form,
      mayAlsoForm: row.may_also_form,
      inPlace: row.in_place,
      foundedOn: row.founded_on,
      superiorOrganisation: row.superior_organisation,
      secretary: row.secretary,
      instructor: row.instructor,
      termStartedOn: row.term_started_on,
      termYears: row.term_years,
      termEndsOn: row.term_ends_on,
      union: row.union_set_up,
      youthLeague: row.youth_league_set_up,
      records: row.records,
      recordedAt: new Date(row.recorded_at).toISOString(),
      jointBranch:
        row.joint_branch_id === null
          ? null
          : { jointBranchId: row.joint_branch_id, name: row.joint_branch_name ?? '' },
    };
  }
}
