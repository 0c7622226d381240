import { BadRequestException, Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorRole, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  type DirectoryEntry,
  type DirectoryPage,
  listEnterprisesQuery,
  type ListEnterprisesQuery,
} from '@qinqing/liaison/contracts';
import { maskPhone, normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { DivisionDirectory } from '@qinqing/shared/divisions';
import { type DirectoryRow, findEnterprise, listEnterprises } from './directory.query';

/** Staff who read the directory: it is shared reference data every staff workspace names enterprises from. */
const STAFF_READERS = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
] as const;

/** Roles that keep the enterprises' contacts (they call them); everyone else sees the phone masked. */
const CONTACT_KEEPERS: readonly string[] = ['administrator', 'service-staff'];

const notFound = (creditCode: string) =>
  new NotFoundException({
    error: 'enterprise-not-found',
    message: {
      zh: `名录中没有统一社会信用代码为 ${creditCode} 的企业`,
      en: `No enterprise with credit code ${creditCode} is in the directory`,
    },
  });

const notACreditCode = () =>
  new BadRequestException({
    error: 'validation-failed',
    message: {
      zh: '统一社会信用代码应为18位数字或大写字母',
      en: 'A unified social credit code is 18 digits or capital letters',
    },
    field: 'creditCode',
  });

/** A credit code from a path: 18 characters of the code's charset, else a 400 (it cannot be anyone's). */
const codeFromPath = (raw: string): string => {
  const code = normaliseCreditCode(raw);
  if (!/^[0-9A-Z]{18}$/u.test(code)) throw notACreditCode();
  return code;
};

/** 企业名录 for staff: a page of filtered enterprises, one enterprise, and the kiosk's name lookup. */
@ApiTags('enterprises')
@Controller('enterprises')
export class DirectoryController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly divisions: DivisionDirectory,
  ) {}

  @Get()
  @Allow(...STAFF_READERS)
  @ApiOperation({
    summary: 'A page of the directory (area, industry group, size, tag, name prefix), keyset by credit code',
  })
  @ApiZodQuery(listEnterprisesQuery)
  async list(@ZodQuery(listEnterprisesQuery) query: ListEnterprisesQuery): Promise<DirectoryPage> {
    const { rows, next } = await listEnterprises(this.db, query);
    return { items: rows.map((row) => this.entry(row, false)), next };
  }

  @Get(':creditCode')
  @Allow(...STAFF_READERS)
  @ApiOperation({
    summary: 'One enterprise of the directory; the phone in full for administrators and service staff',
  })
  async one(@Param('creditCode') raw: string, @CurrentActor() actor: Actor): Promise<DirectoryEntry> {
    const code = codeFromPath(raw);
    const row = await findEnterprise(this.db, code);
    if (row === null) throw notFound(code);
    return this.entry(row, CONTACT_KEEPERS.includes(actorRole(actor)));
  }

  /** The kiosk shows whose credit code was typed: the name, nothing personal. */
  @Get(':creditCode/name')
  @Allow('kiosk-device', 'kiosk-enterprise', ...STAFF_READERS)
  @ApiOperation({ summary: 'The name of an enterprise by its credit code (kiosk lookup; nothing personal)' })
  async name(
    @Param('creditCode') raw: string,
  ): Promise<{ readonly creditCode: string; readonly name: string }> {
    const code = codeFromPath(raw);
    const row = await findEnterprise(this.db, code);
    if (row === null) throw notFound(code);
    return { creditCode: row.credit_code, name: row.name };
  }

  private entry(row: DirectoryRow, fullPhone: boolean): DirectoryEntry {
    const number = (value: string | number | null) => (value === null ? null : Number(value));
    return {
      creditCode: row.credit_code,
      name: row.name,
      areaCode: row.area_code,
      areaName: this.divisions.lookup(row.area_code)?.fullName ?? null,
      industry: row.industry,
      industryGroup: row.industry_group,
      size: row.size as DirectoryEntry['size'],
      employees: row.employees,
      revenue: number(row.revenue),
      assets: number(row.assets),
      chambers: row.chambers,
      tags: row.tags,
      contactPhone:
        row.contact_phone === null ? null : fullPhone ? row.contact_phone : maskPhone(row.contact_phone),
    };
  }
}
