import { Controller, ForbiddenException, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EXPORT_LIMIT, exportRequestsQuery, ratesQuery } from '@qinqing/appeals/contracts';
import {
  chinaDateOf,
  CLOCK_KINDS,
  REQUEST_CATEGORY_NAMES,
  REQUEST_CHANNEL_NAMES,
  REQUEST_STATUS_NAMES,
  RATING_NAMES,
} from '@qinqing/appeals/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Allow, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Response } from 'express';
import type { z } from 'zod';
import { seesReceiptCode } from '../../application/receipt-code-visibility';
import { UnitDirectory } from '../../application/unit-directory.service';
import { departmentRates } from '../rates/department-rates.query';
import {
  type ListCursor,
  listRequests,
  type RequestListRow,
  searchRefusal,
} from '../request-list/request-list.query';
import { sendCsv } from './csv-file';

type Words = { readonly zh: string; readonly en: string };
const zh = (table: Record<string, Words>, key: string | null): string =>
  key === null ? '' : (table[key]?.zh ?? key);

const CLOCK_HEADERS: Record<(typeof CLOCK_KINDS)[number], string> = {
  accept: '按时率·接收',
  reply: '按时率·答复',
  resolve: '按时率·办结',
  'report-up': '按时率·报出',
  inform: '按时率·告知',
};

const percent = (rate: { numerator: number; denominator: number; value: number | null }): string =>
  rate.value === null ? '' : `${(rate.value * 100).toFixed(1)}%`;

/** CSV downloads of what a role may see on screen: its request list and the department rates. */
@ApiTags('appeals')
@Controller('appeals')
export class ExportsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly units: UnitDirectory,
  ) {}

  @Get('requests.csv')
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator')
  @ApiOperation({
    summary: `The caller's request list as CSV, with the list's filters and searches (at most ${EXPORT_LIMIT} rows)`,
  })
  @ApiProduces('text/csv')
  @ApiZodQuery(exportRequestsQuery)
  async requests(
    @ZodQuery(exportRequestsQuery) query: z.infer<typeof exportRequestsQuery>,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const refusal = searchRefusal(actor, query);
    if (refusal !== null)
      throw new ForbiddenException({
        error: 'search-not-allowed',
        message: { zh: refusal.zh, en: refusal.en },
        field: refusal.field,
      });
    const today = chinaDateOf(this.clock.now());
    const rows: RequestListRow[] = [];
    let after: ListCursor | null = null;
    // The same keyset pages as the inbox, 500 at a time, up to the export limit.
    for (;;) {
      const page = await listRequests(this.db, actor, query, today, { pageSize: 500, after });
      rows.push(...page.rows);
      const last = page.rows.at(-1);
      if (page.nextCursor === null || last === undefined || rows.length >= EXPORT_LIMIT) break;
      after = { sortDue: last.sort_key, requestId: last.request_id };
    }
    const shown = rows.slice(0, EXPORT_LIMIT);
    const names = await this.units.namesFor(
      shown.flatMap((r) => [
        r.receiving_unit_id,
        r.owner_unit_id,
        r.department_id ?? r.pending_department_id ?? '',
      ]),
    );
    if (rows.length > EXPORT_LIMIT || shown.length === EXPORT_LIMIT)
      response.setHeader('X-Export-Limit', String(EXPORT_LIMIT));
    sendCsv(
      response,
      { name: `诉求列表-${today}.csv`, ascii: `requests-${today}.csv` },
      [
        '回执码',
        '诉求',
        '企业名称',
        '统一社会信用代码',
        '类别',
        '渠道',
        '优先级',
        '状态',
        '首问责任单位',
        '当前责任单位',
        '承办部门',
        '提交时间',
        '最近期限',
        '超期',
        '督办中',
        '评价',
      ],
      shown.map((r) => [
        // A receipt code is the enterprise's credential: see seesReceiptCode.
        seesReceiptCode(actor, r.receiving_unit_id) ? r.receipt_code : '',
        r.title,
        r.enterprise_name,
        r.enterprise_credit_code,
        zh(REQUEST_CATEGORY_NAMES, r.category),
        zh(REQUEST_CHANNEL_NAMES, r.channel),
        r.priority === 'urgent' ? '紧急' : '普通',
        zh(REQUEST_STATUS_NAMES, r.status),
        names(r.receiving_unit_id).zh,
        names(r.owner_unit_id).zh,
        r.department_id === null && r.pending_department_id === null
          ? ''
          : names(r.department_id ?? r.pending_department_id ?? '').zh,
        new Date(r.submitted_at).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16),
        r.sort_key === '9999-12-31' ? '' : r.sort_key,
        r.overdue ? '是' : '否',
        r.open_supervision_orders,
        zh(RATING_NAMES, r.rating),
      ]),
    );
  }

  @Get('rates.csv')
  @Allow('service-staff', 'department-handler', 'supervisor', 'administrator')
  @ApiOperation({ summary: 'The department rates of a period as CSV (the same figures as /appeals/rates)' })
  @ApiProduces('text/csv')
  @ApiZodQuery(ratesQuery)
  async rates(
    @ZodQuery(ratesQuery) query: z.infer<typeof ratesQuery>,
    @Res() response: Response,
  ): Promise<void> {
    const rows = await departmentRates(this.db, {
      from: query.from,
      to: query.to,
      ...(query.departmentId === undefined ? {} : { unitId: query.departmentId }),
    });
    const names = await this.units.namesFor(rows.map((r) => r.unitId));
    const withCounts = (rate: { numerator: number; denominator: number; value: number | null }) => [
      percent(rate),
      `${rate.numerator}/${rate.denominator}`,
    ];
    sendCsv(
      response,
      { name: `部门评议-${query.from}-${query.to}.csv`, ascii: `rates-${query.from}-${query.to}.csv` },
      [
        '部门',
        '受理数',
        '响应率',
        '响应（数）',
        ...CLOCK_KINDS.flatMap((c) => [CLOCK_HEADERS[c], `${CLOCK_HEADERS[c]}（数）`]),
        '解决率',
        '解决（数）',
        '满意率',
        '满意（数）',
      ],
      rows.map((r) => [
        names(r.unitId).zh,
        r.received,
        ...withCounts(r.responseRate),
        ...CLOCK_KINDS.flatMap((c) => withCounts(r.onTimeRate[c])),
        ...withCounts(r.resolutionRate),
        ...withCounts(r.satisfactionRate),
      ]),
    );
  }
}
