import { Controller, ForbiddenException, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, CurrentActor } from '@qinqing/identity/access';
import {
  listVisitsQuery,
  type ListVisitsQuery,
  queueStatsQuery,
  type QueueStatsAnswer,
  type QueueStatsQuery,
  type VisitPage,
  type VisitView,
} from '@qinqing/service-centre/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import { assertReads, centreOf } from './queue-access';
import { QueueReader } from './queue-reader';
import { quantileSeconds } from './queue-visits.projection';

interface TimesRow {
  centre_id: string;
  service_id: string;
  hour: number;
  visits: number;
  wait_sum: string | number;
  service_sum: string | number;
  wait_buckets: number[];
  service_buckets: number[];
  no_shows: number;
  ratings: number;
  rating_sum: number;
}

interface VisitRow {
  ticket_id: string;
  number: string;
  service_id: string;
  priority: VisitView['priority'];
  status: VisitView['status'];
  taken_at: Date | string;
  waited_seconds: number | null;
  served_seconds: number | null;
  rating: number | null;
}

/** At most this many aggregate rows in one answer: 8 centres × 10 services × 24 hours fit with room. */
const MAX_STATS_ROWS = 2000;

/**
 * The centre manager's figures: waiting and service time (mean and 90th percentile, to the minute) per centre,
 * service and hour of day, with no-shows and ratings, from aggregates kept by the projection; and a day's
 * visits with what each produced. Supervisors and administrators see every centre, service staff their own.
 */
@ApiTags('service-centre')
@Controller('service-centre/queue')
export class QueueStatsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reader: QueueReader,
  ) {}

  @Get('stats')
  @Allow('service-staff', 'supervisor', 'administrator')
  @ApiOperation({ summary: 'Waiting and service times per centre, service and hour of day (mean, p90)' })
  @ApiZodQuery(queueStatsQuery)
  async stats(
    @ZodQuery(queueStatsQuery) query: QueueStatsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<QueueStatsAnswer> {
    const centreId =
      query.centreId ??
      (actor.kind === 'staff' && actor.role === 'service-staff' ? actor.centreId : undefined);
    if (centreId === undefined && !(actor.kind === 'staff' && actor.role !== 'service-staff'))
      throw new ForbiddenException({
        error: 'other-centre',
        message: { zh: '只能查看本服务中心的统计', en: 'Only the centre’s own statistics may be seen' },
      });
    if (centreId !== undefined) {
      assertReads(actor, centreId);
      await centreOf(this.db, centreId);
    }
    const { rows } = await this.db.query<TimesRow>(
      `SELECT * FROM service_centre_queue_times ${centreId === undefined ? '' : 'WHERE centre_id = $2'}
       ORDER BY centre_id, service_id, hour LIMIT $1`,
      centreId === undefined ? [MAX_STATS_ROWS] : [MAX_STATS_ROWS, centreId],
    );
    return {
      centreId: centreId ?? null,
      rows: rows.map((row) => ({
        centreId: row.centre_id,
        serviceId: row.service_id,
        hour: row.hour,
        visits: row.visits,
        meanWaitSeconds: row.visits === 0 ? 0 : Math.round(Number(row.wait_sum) / row.visits),
        p90WaitSeconds: quantileSeconds(row.wait_buckets, 0.9),
        meanServiceSeconds: row.visits === 0 ? 0 : Math.round(Number(row.service_sum) / row.visits),
        p90ServiceSeconds: quantileSeconds(row.service_buckets, 0.9),
        noShows: row.no_shows,
        ratings: row.ratings,
        meanRating: row.ratings === 0 ? null : Math.round((row.rating_sum / row.ratings) * 10) / 10,
      })),
    };
  }

  @Get('centres/:centreId/visits')
  @Allow('service-staff', 'supervisor', 'administrator')
  @ApiOperation({ summary: 'A day’s visits at a centre, by ticket number, with what each produced' })
  @ApiZodQuery(listVisitsQuery)
  async visits(
    @Param('centreId') centreId: string,
    @ZodQuery(listVisitsQuery) query: ListVisitsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<VisitPage> {
    assertReads(actor, centreId);
    await centreOf(this.db, centreId);
    const day = query.day ?? this.reader.today();
    const { rows } = await this.db.query<VisitRow>(
      `SELECT ticket_id, number, service_id, priority, status, taken_at, waited_seconds, served_seconds, rating
       FROM service_centre_queue_visits WHERE centre_id = $1 AND day = $2 AND number > $3
       ORDER BY number LIMIT $4`,
      [centreId, day, query.after ?? '', query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const outcomes = await this.db.query<{
      ticket_id: string;
      kind: string;
      ref_id: string;
      verified: boolean;
    }>(
      `SELECT ticket_id, kind, ref_id, verified FROM service_centre_queue_visit_outcomes
       WHERE ticket_id = ANY($1::text[]) ORDER BY linked_at`,
      [page.map((r) => r.ticket_id)],
    );
    const items = page.map((row): VisitView => ({
      ticketId: row.ticket_id,
      number: row.number,
      serviceId: row.service_id,
      priority: row.priority,
      status: row.status,
      takenAt: new Date(row.taken_at).toISOString(),
      waitedSeconds: row.waited_seconds,
      servedSeconds: row.served_seconds,
      rating: row.rating,
      outcomes: outcomes.rows
        .filter((o) => o.ticket_id === row.ticket_id)
        .map((o) => ({ kind: o.kind, refId: o.ref_id, verified: o.verified })),
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.number ?? null) : null };
  }
}
