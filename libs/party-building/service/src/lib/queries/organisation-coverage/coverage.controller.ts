import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  type CoverageAnswer,
  coverageQuery,
  type CoverageQuery,
  type CoverageRow,
} from '@qinqing/party-building/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { processDivisionDirectory } from '@qinqing/shared/divisions';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { ORGANISATION_READERS } from '../../application/party-building-roles';
import { ReadLog } from '../../application/read-log';

const ratio = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

const rowOf = (
  key: string,
  name: string | null,
  enterprises: number,
  organised: number,
  worked: number,
): CoverageRow => ({
  key,
  name,
  enterprises,
  organised,
  worked,
  organisationCoverage: ratio(organised, enterprises),
  workCoverage: ratio(worked, enterprises),
});

/** A county's name from the GB/T 2260 dataset (one copy per process), or null for a code it lacks. */
const countyName = (code: string): string | null => processDivisionDirectory.lookup(code)?.name ?? null;

const CSV_HEADER = ['分组', '名称', '企业数', '已建党组织', '党的工作覆盖', '组织覆盖率', '工作覆盖率'];

/**
 * Organisation and work coverage (Qingdao 五(十四)) per county, or per industry section within a county, from
 * the running counts (enterprise-coverage.ts): the answer reads at most one row per county and section, never
 * the enterprises. `format=csv` is the export, with a UTF-8 BOM so Excel reads the Chinese headings.
 */
@ApiTags('party-building')
@Controller('party-building/coverage')
export class CoverageController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({
    summary: 'Organisation and work coverage per county, or per industry section in a county (CSV too)',
  })
  @ApiZodQuery(coverageQuery)
  async coverage(
    @ZodQuery(coverageQuery) query: CoverageQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CoverageAnswer | string> {
    const byCounty = query.areaCode === undefined;
    const { rows } = await this.db.query<{
      key: string;
      enterprises: string;
      organised: string;
      worked: string;
    }>(
      byCounty
        ? `SELECT county_code AS key, SUM(enterprises) AS enterprises, SUM(organised) AS organised, SUM(worked) AS worked
           FROM party_building_coverage GROUP BY county_code HAVING SUM(enterprises) > 0 ORDER BY county_code`
        : `SELECT industry_section AS key, enterprises, organised, worked FROM party_building_coverage
           WHERE county_code = $1 AND enterprises > 0 ORDER BY industry_section`,
      byCounty ? [] : [query.areaCode],
    );
    await this.reads.record(actor, byCounty ? 'coverage' : `coverage-${query.areaCode}`);
    const items = rows.map((r) =>
      rowOf(
        r.key,
        byCounty ? countyName(r.key) : null,
        Number(r.enterprises),
        Number(r.organised),
        Number(r.worked),
      ),
    );
    const sum = (field: 'enterprises' | 'organised' | 'worked') =>
      items.reduce((total, r) => total + r[field], 0);
    const total = rowOf('total', null, sum('enterprises'), sum('organised'), sum('worked'));
    if (query.format === 'csv') {
      response.setHeader('content-type', 'text/csv; charset=utf-8');
      response.setHeader(
        'content-disposition',
        `attachment; filename="party-building-coverage-${query.areaCode ?? 'counties'}.csv"`,
      );
      const line = (r: CoverageRow) => [
        r.key === 'total' ? '合计' : r.key,
        r.name ?? '',
        r.enterprises,
        r.organised,
        r.worked,
        r.organisationCoverage,
        r.workCoverage,
      ];
      return `\uFEFF${stringify([CSV_HEADER, ...items.map(line), line(total)])}`;
    }
    return {
      by: byCounty ? 'county' : 'industry-section',
      areaCode: query.areaCode ?? null,
      areaName: query.areaCode === undefined ? null : countyName(query.areaCode),
      rows: items,
      total,
    };
  }
}
