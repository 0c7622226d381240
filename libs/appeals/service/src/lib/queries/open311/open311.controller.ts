import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { open311Query } from '@qinqing/appeals/contracts';
import {
  type ProvisionalDueDates,
  REQUEST_CATEGORIES,
  REQUEST_CATEGORY_NAMES,
  type RequestCategory,
} from '@qinqing/appeals/domain';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Public } from '@qinqing/identity/access';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { z } from 'zod';
import { UnitDirectory } from '../../application/unit-directory.service';
import { markInForce } from '../../projections/requests/provisional-tracking';
import type { TrackedClocks } from '../../projections/clock-tracking';

/** One request in Open311 GeoReport v2 form: no names, phones, descriptions or answers — nothing personal. */
export interface Open311ServiceRequest {
  readonly service_request_id: string;
  readonly status: 'open' | 'closed';
  readonly status_notes: string;
  readonly agency_responsible: string;
  readonly service_code: RequestCategory;
  readonly service_name: string;
  readonly requested_datetime: string;
  readonly updated_datetime: string;
  readonly expected_datetime: string | null;
}

const STATUS_NOTES: Record<string, string> = {
  received: '已受理 / Received',
  'awaiting-acceptance': '已转办，待部门签收 / Awaiting acceptance',
  'in-progress': '办理中 / In progress',
  answered: '已答复 / Answered',
  rated: '已评价 / Rated',
  closed: '已关闭 / Closed',
};
const OUTCOME_NOTES: Record<string, string> = {
  resolved: '已办结 / Resolved',
  'reported-up': '已上报上级 / Reported to a higher level',
  informed: '已告知不能办理 / Informed it cannot be handled',
};

const PROVISIONAL_NOTE =
  "办结期限暂定（该年节假日安排尚未载入）/ Expected date provisional (that year's holiday notice is not loaded)";

const iso = (value: string | Date): string =>
  (typeof value === 'string' ? new Date(value) : value).toISOString();

/** Read-only export for outside audit, in the shape of Open311 GeoReport v2 (`requests.json`, `services.json`). */
@ApiTags('appeals')
@Controller('appeals/open311')
export class Open311Controller {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly units: UnitDirectory,
  ) {}

  @Get('services.json')
  @Public()
  @ApiOperation({ summary: 'Open311 service list: the request categories' })
  services(): { service_code: string; service_name: string; type: 'realtime'; metadata: false }[] {
    return REQUEST_CATEGORIES.map((code) => ({
      service_code: code,
      service_name: `${REQUEST_CATEGORY_NAMES[code].zh} / ${REQUEST_CATEGORY_NAMES[code].en}`,
      type: 'realtime',
      metadata: false,
    }));
  }

  @Get('requests.json')
  @Public()
  @ApiOperation({
    summary: 'Open311 GeoReport v2 requests, without personal data (at most 1000, newest first)',
  })
  @ApiZodQuery(open311Query)
  async requests(
    @ZodQuery(open311Query) query: z.infer<typeof open311Query>,
  ): Promise<Open311ServiceRequest[]> {
    const { rows } = await this.db.query<{
      request_id: string;
      status: string;
      outcome: string | null;
      category: RequestCategory;
      owner_unit_id: string;
      department_id: string | null;
      submitted_at: string | Date;
      updated_at: string | Date;
      clocks: TrackedClocks;
      provisional: ProvisionalDueDates;
    }>(
      `SELECT request_id, status, outcome, category, owner_unit_id, department_id, submitted_at, updated_at, clocks,
              provisional
       FROM appeals_requests
       WHERE ($1::timestamptz IS NULL OR submitted_at >= $1) AND ($2::timestamptz IS NULL OR submitted_at <= $2)
         AND ($3::text IS NULL OR (CASE WHEN status IN ('answered', 'rated', 'closed') THEN 'closed' ELSE 'open' END) = $3)
       ORDER BY submitted_at DESC LIMIT 1000`,
      [query.start_date ?? null, query.end_date ?? null, query.status ?? null],
    );
    const names = await this.units.namesFor(rows.map((r) => r.department_id ?? r.owner_unit_id));
    return rows.map((row) => {
      const closed = ['answered', 'rated', 'closed'].includes(row.status);
      const unit = names(row.department_id ?? row.owner_unit_id);
      const resolveDue = row.clocks.resolve?.due ?? null;
      const mark = row.provisional.resolve;
      const provisional =
        mark !== undefined &&
        markInForce({ ...row, claim_by: null, feedback_due: null }, 'resolve', mark.due);
      const notes =
        (row.outcome === null ? STATUS_NOTES[row.status] : OUTCOME_NOTES[row.outcome]) ?? row.status;
      return {
        service_request_id: row.request_id,
        status: closed ? 'closed' : 'open',
        // expected_datetime has no field for it: a provisional resolve date (holiday notice missing) is said here.
        status_notes: provisional ? `${notes}；${PROVISIONAL_NOTE}` : notes,
        agency_responsible: `${unit.zh} / ${unit.en}`,
        service_code: row.category,
        service_name: `${REQUEST_CATEGORY_NAMES[row.category].zh} / ${REQUEST_CATEGORY_NAMES[row.category].en}`,
        requested_datetime: iso(row.submitted_at),
        updated_datetime: iso(row.updated_at),
        // Due dates are China-local days; the deadline is the end of that working day (23:59:59 +08:00).
        expected_datetime: resolveDue === null ? null : `${resolveDue}T23:59:59+08:00`,
      };
    });
  }
}
