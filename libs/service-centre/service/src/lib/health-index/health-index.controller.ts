import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  actorId,
  Allow,
  commandMetadataFor,
  CurrentActor,
  Public,
} from '@qinqing/identity/access';
import {
  type HealthIndexAreaFigures,
  healthIndexAreasQuery,
  type HealthIndexAreasQuery,
  type HealthIndexAreaView,
  type HealthIndexPage,
  healthIndexPageQuery,
  type HealthIndexPageQuery,
  type HealthIndexPeriodView,
  halfYear,
  publishHealthIndexBody,
  type PublishHealthIndexBody,
} from '@qinqing/service-centre/contracts';
import {
  CURRENT_HEALTH_INDEX_METHODOLOGY,
  type HalfYear,
  type HealthIndexPublished,
} from '@qinqing/service-centre/domain';
import { processDivisionDirectory } from '@qinqing/shared/divisions';
import { DomainRejectionError, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ApiZodQuery, SQL_DATABASE, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { z, type ZodType } from 'zod';
import { HealthIndexCommands } from './health-index-commands';

/** Who publishes the index: the supervision office (效能督查) and administrators. */
export const HEALTH_INDEX_PUBLISHERS = ['supervisor', 'administrator'] as const;

interface AreaRow {
  readonly period: string;
  readonly area_code: string;
  readonly methodology_version: string;
  readonly published_on: string;
  readonly figures: Omit<HealthIndexAreaFigures, 'areaCode'> | string;
}

const areaCode = z.string().regex(/^\d{6}$/u, {
  message: 'areaCode 须为6位行政区划代码 / areaCode must be a six-digit GB/T 2260 code',
});

/** A path parameter checked with its schema, or 400 naming it with the schema's message. */
const parseParam = <T>(schema: ZodType<T>, raw: string, field: string): T => {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [zh = '格式不正确', en = 'not valid'] = (parsed.error.issues[0]?.message ?? '').split(' / ');
  throw new DomainRejectionError({
    kind: 'validation',
    code: `invalid-${field}`,
    message: { zh, en },
    field,
  });
};

const viewOf = (row: AreaRow): HealthIndexAreaView => {
  const figures = typeof row.figures === 'string' ? JSON.parse(row.figures) : row.figures;
  return {
    period: row.period,
    methodologyVersion: row.methodology_version,
    publishedOn: row.published_on,
    areaCode: row.area_code,
    areaName: processDivisionDirectory.lookup(row.area_code)?.name ?? null,
    ...(figures as Omit<HealthIndexAreaFigures, 'areaCode'>),
  };
};

/**
 * The 亲清健康指数 (Ningbo: published every half year). Publishing is the supervisors'; what is published is
 * public — the kiosk shows it without a login — and answers are bounded: the areas of one half year, or one
 * area's half years, a keyset page at a time.
 */
@ApiTags('service-centre')
@Controller('service-centre/health-index')
export class HealthIndexController {
  constructor(
    private readonly commands: HealthIndexCommands,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...HEALTH_INDEX_PUBLISHERS)
  @ApiOperation({ summary: 'Publish a half year’s index from its counts (once, after the half year ends)' })
  @ApiZodBody(publishHealthIndexBody)
  async publish(
    @ZodBody(publishHealthIndexBody) body: PublishHealthIndexBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<HealthIndexPeriodView> {
    const result = await this.commands.publish(
      body.period as HalfYear,
      actorId(actor),
      commandMetadataFor(request, actor, 'publish-health-index'),
    );
    const published = result.events[0]?.data as HealthIndexPublished['data'] | undefined;
    if (published === undefined) throw new Error('Publishing the index recorded nothing');
    return {
      period: published.period,
      methodologyVersion: published.methodologyVersion,
      publishedOn: published.publishedOn,
      areas: published.areas.length,
    };
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published half years, newest first' })
  @ApiZodQuery(healthIndexPageQuery)
  async periods(
    @ZodQuery(healthIndexPageQuery) query: HealthIndexPageQuery,
  ): Promise<HealthIndexPage<HealthIndexPeriodView>> {
    const { rows } = await this.db.query<{
      period: string;
      methodology_version: string;
      published_on: string;
      areas: number;
    }>(
      `SELECT period, methodology_version, published_on, areas FROM service_centre_health_index_periods
       WHERE ($1::text IS NULL OR period < $1) ORDER BY period DESC LIMIT $2`,
      [query.after ?? null, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map((row) => ({
      period: row.period,
      methodologyVersion: row.methodology_version,
      publishedOn: row.published_on,
      areas: Number(row.areas),
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.period ?? null) : null };
  }

  @Get('methodology')
  @Public()
  @ApiOperation({ summary: 'The methodology in force: indicators, anchors, weights and counting rules' })
  methodology() {
    return CURRENT_HEALTH_INDEX_METHODOLOGY;
  }

  @Get('areas/:areaCode')
  @Public()
  @ApiOperation({ summary: 'One area’s published half years, newest first (its trend)' })
  @ApiZodQuery(healthIndexPageQuery)
  async area(
    @Param('areaCode') rawAreaCode: string,
    @ZodQuery(healthIndexPageQuery) query: HealthIndexPageQuery,
  ): Promise<HealthIndexPage<HealthIndexAreaView>> {
    const code = parseParam(areaCode, rawAreaCode, 'areaCode');
    const { rows } = await this.db.query<AreaRow>(
      `SELECT period, area_code, methodology_version, published_on, figures
       FROM service_centre_health_index_areas
       WHERE area_code = $1 AND ($2::text IS NULL OR period < $2) ORDER BY period DESC LIMIT $3`,
      [code, query.after ?? null, query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map(viewOf);
    return { items, next: rows.length > query.limit ? (items.at(-1)?.period ?? null) : null };
  }

  @Get(':period')
  @Public()
  @ApiOperation({ summary: 'A published half year: every area’s figures, in area-code order' })
  @ApiZodQuery(healthIndexAreasQuery)
  async period(
    @Param('period') rawPeriod: string,
    @ZodQuery(healthIndexAreasQuery) query: HealthIndexAreasQuery,
  ): Promise<HealthIndexPage<HealthIndexAreaView>> {
    const period = parseParam(halfYear, rawPeriod, 'period');
    const { rows } = await this.db.query<AreaRow>(
      `SELECT period, area_code, methodology_version, published_on, figures
       FROM service_centre_health_index_areas
       WHERE period = $1 AND area_code > $2 ORDER BY area_code LIMIT $3`,
      [period, query.after ?? '', query.limit + 1],
    );
    if (rows.length === 0 && query.after === undefined) {
      throw new NotFoundException({
        error: 'not-published',
        message: { zh: `${period} 的指数尚未发布`, en: `The index of ${period} is not published` },
      });
    }
    const items = rows.slice(0, query.limit).map(viewOf);
    return { items, next: rows.length > query.limit ? (items.at(-1)?.areaCode ?? null) : null };
  }
}
