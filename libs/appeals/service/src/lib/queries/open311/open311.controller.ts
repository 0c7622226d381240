import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  OPEN311_MAX_REQUESTS,
  type Open311Query,
  open311Query,
  open311Window,
} from '@qinqing/appeals/contracts';
import {
  type ProvisionalDueDates,
  REQUEST_CATEGORIES,
  REQUEST_CATEGORY_NAMES,
  type RequestCategory,
} from '@qinqing/appeals/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { Public } from '@qinqing/identity/access';
import { ApiZodQuery, CLOCK, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
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

interface Open311Row {
  readonly request_id: string;
  readonly status: string;
  readonly outcome: string | null;
  readonly category: RequestCategory;
  readonly owner_unit_id: string;
  readonly department_id: string | null;
  readonly submitted_at: string | Date;
  readonly updated_at: string | Date;
  readonly clocks: TrackedClocks;
  readonly provisional: ProvisionalDueDates;
}

const iso = (value: string | Date): string =>
  (typeof value === 'string' ? new Date(value) : value).toISOString();

/** Read-only export for outside audit, in the shape of Open311 GeoReport v2 (`requests.json`, `services.json`). */
@ApiTags('appeals')
@Controller('appeals/open311')
export class Open311Controller {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
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
    summary:
      'Open311 GeoReport v2 requests, without personal data: the most recent 90 days by default, a range of at ' +
      'most 90 days, at most 1000 newest first (for older ones, set end_date to the oldest requested_datetime ' +
      'returned); service_code and service_request_id take comma-delimited lists',
  })
  @ApiZodQuery(open311Query)
  async requests(@ZodQuery(open311Query) query: Open311Query): Promise<Open311ServiceRequest[]> {
    const rows = await this.search(query);
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

  /** One indexed range read: by id (the spec lets ids override everything else) or by submission time. */
  private async search(query: Open311Query): Promise<Open311Row[]> {
    const columns = `request_id, status, outcome, category, owner_unit_id, department_id, submitted_at, updated_at,
                     clocks, provisional`;
    if (query.service_request_id !== undefined) {
      const { rows } = await this.db.query<Open311Row>(
        `SELECT ${columns} FROM appeals_requests WHERE request_id = ANY ($1::text[])
         ORDER BY submitted_at DESC, request_id DESC`,
        [query.service_request_id],
      );
      return rows;
    }
    const { from, to } = open311Window(query, this.clock.now());
    const { rows } = await this.db.query<Open311Row>(
      `SELECT ${columns} FROM appeals_requests
       WHERE submitted_at >= $1 AND submitted_at <= $2
         AND ($3::text IS NULL OR (CASE WHEN status IN ('answered', 'rated', 'closed') THEN 'closed' ELSE 'open' END) = $3)
         AND ($4::text[] IS NULL OR category = ANY ($4::text[]))
       ORDER BY submitted_at DESC, request_id DESC LIMIT $5`,
      [
        from.toISOString(),
        to.toISOString(),
        query.status ?? null,
        query.service_code ?? null,
        OPEN311_MAX_REQUESTS,
      ],
    );
    return rows;
  }
}
