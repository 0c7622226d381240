import { type QueueDayEvent, queueDayOfStream } from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** Minute buckets of the time histograms: 0–59 minutes, and a last one for an hour or more. */
export const TIME_BUCKETS = 61;

/**
 * The walk-in queue as tables. `service_centre_queue_visits`: one row per ticket (a day's visits, keyset by
 * number; the rating code finds its ticket by a unique index). `service_centre_queue_visit_outcomes`: what each
 * visit produced. `service_centre_queue_times`: aggregates per centre, service and hour of day — counts, sums
 * and minute histograms of waiting and service time — so the statistics are a bounded read (services × 24 rows
 * a centre), never a scan of the tickets.
 */
export const QUEUE_VISITS_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_queue_visits (
     ticket_id text PRIMARY KEY,
     centre_id text NOT NULL,
     day text NOT NULL,
     service_id text NOT NULL,
     number text NOT NULL,
     priority text NOT NULL,
     code text NOT NULL,
     hour integer NOT NULL,
     status text NOT NULL,
     taken_at timestamptz NOT NULL,
     waited_seconds integer,
     served_seconds integer,
     rating integer
   )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS service_centre_queue_visits_code ON service_centre_queue_visits (code)`,
  `CREATE INDEX IF NOT EXISTS service_centre_queue_visits_by_day
     ON service_centre_queue_visits (centre_id, day, number)`,
  `CREATE TABLE IF NOT EXISTS service_centre_queue_visit_outcomes (
     ticket_id text NOT NULL,
     kind text NOT NULL,
     ref_id text NOT NULL,
     verified boolean NOT NULL,
     linked_at timestamptz NOT NULL,
     PRIMARY KEY (ticket_id, kind, ref_id)
   )`,
  `CREATE TABLE IF NOT EXISTS service_centre_queue_times (
     centre_id text NOT NULL,
     service_id text NOT NULL,
     hour integer NOT NULL,
     visits integer NOT NULL DEFAULT 0,
     wait_sum bigint NOT NULL DEFAULT 0,
     service_sum bigint NOT NULL DEFAULT 0,
     wait_buckets integer[] NOT NULL,
     service_buckets integer[] NOT NULL,
     no_shows integer NOT NULL DEFAULT 0,
     ratings integer NOT NULL DEFAULT 0,
     rating_sum integer NOT NULL DEFAULT 0,
     PRIMARY KEY (centre_id, service_id, hour)
   )`,
];

const bucketOf = (seconds: number): number => Math.min(TIME_BUCKETS, Math.floor(seconds / 60) + 1);

/** The aggregate row of a centre, service and hour, created empty the first time. */
const ensureTimes = (tx: SqlExecutor, centreId: string, serviceId: string, hour: number) =>
  tx.query(
    `INSERT INTO service_centre_queue_times (centre_id, service_id, hour, wait_buckets, service_buckets)
     VALUES ($1, $2, $3, array_fill(0, ARRAY[${TIME_BUCKETS}]), array_fill(0, ARRAY[${TIME_BUCKETS}]))
     ON CONFLICT (centre_id, service_id, hour) DO NOTHING`,
    [centreId, serviceId, hour],
  );

const visitOf = async (tx: SqlExecutor, ticketId: string) =>
  (
    await tx.query<{ service_id: string; hour: number }>(
      'SELECT service_id, hour FROM service_centre_queue_visits WHERE ticket_id = $1',
      [ticketId],
    )
  ).rows[0];

const setStatus = (tx: SqlExecutor, ticketId: string, status: string) =>
  tx.query('UPDATE service_centre_queue_visits SET status = $2 WHERE ticket_id = $1', [ticketId, status]);

export const queueVisitsProjection: Projection = {
  name: 'service-centre-queue-visits',
  eventTypes: [
    'TicketTaken',
    'TicketCalled',
    'TicketServiceStarted',
    'TicketFinished',
    'TicketNoShow',
    'TicketTransferred',
    'VisitOutcomeLinked',
    'TicketRated',
  ],
  setup: async (db) => {
    for (const statement of QUEUE_VISITS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_queue_times');
    await tx.query('DELETE FROM service_centre_queue_visit_outcomes');
    await tx.query('DELETE FROM service_centre_queue_visits');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const stream = queueDayOfStream(recorded.streamId);
    if (stream === null) return;
    const event = { type: recorded.type, data: recorded.data } as QueueDayEvent;
    switch (event.type) {
      case 'TicketTaken': {
        const d = event.data;
        const hour = (new Date(d.takenAt).getUTCHours() + 8) % 24;
        await tx.query(
          `INSERT INTO service_centre_queue_visits
             (ticket_id, centre_id, day, service_id, number, priority, code, hour, status, taken_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'waiting', $9) ON CONFLICT (ticket_id) DO NOTHING`,
          [
            d.ticketId,
            stream.centreId,
            stream.day,
            d.serviceId,
            d.number,
            d.priority,
            d.code,
            hour,
            d.takenAt,
          ],
        );
        return;
      }
      case 'TicketCalled':
        await tx.query(
          `UPDATE service_centre_queue_visits SET status = 'called',
             waited_seconds = COALESCE(waited_seconds, $2) WHERE ticket_id = $1`,
          [event.data.ticketId, event.data.waitedSeconds],
        );
        return;
      case 'TicketServiceStarted':
        await setStatus(tx, event.data.ticketId, 'serving');
        return;
      case 'TicketTransferred':
        await setStatus(tx, event.data.ticketId, 'waiting');
        return;
      case 'TicketFinished': {
        const d = event.data;
        await tx.query(
          `UPDATE service_centre_queue_visits SET status = 'finished', served_seconds = $2 WHERE ticket_id = $1`,
          [d.ticketId, d.servedSeconds],
        );
        await ensureTimes(tx, stream.centreId, d.serviceId, d.hour);
        const wait = bucketOf(d.waitedSeconds);
        const served = bucketOf(d.servedSeconds);
        await tx.query(
          `UPDATE service_centre_queue_times SET visits = visits + 1, wait_sum = wait_sum + $4,
             service_sum = service_sum + $5,
             wait_buckets[${wait}] = wait_buckets[${wait}] + 1,
             service_buckets[${served}] = service_buckets[${served}] + 1
           WHERE centre_id = $1 AND service_id = $2 AND hour = $3`,
          [stream.centreId, d.serviceId, d.hour, d.waitedSeconds, d.servedSeconds],
        );
        return;
      }
      case 'TicketNoShow': {
        await setStatus(tx, event.data.ticketId, 'no-show');
        const visit = await visitOf(tx, event.data.ticketId);
        if (visit === undefined) return;
        await ensureTimes(tx, stream.centreId, visit.service_id, visit.hour);
        await tx.query(
          `UPDATE service_centre_queue_times SET no_shows = no_shows + 1
           WHERE centre_id = $1 AND service_id = $2 AND hour = $3`,
          [stream.centreId, visit.service_id, visit.hour],
        );
        return;
      }
      case 'VisitOutcomeLinked':
        await tx.query(
          `INSERT INTO service_centre_queue_visit_outcomes (ticket_id, kind, ref_id, verified, linked_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [event.data.ticketId, event.data.kind, event.data.refId, event.data.verified, event.data.linkedAt],
        );
        return;
      case 'TicketRated': {
        await tx.query('UPDATE service_centre_queue_visits SET rating = $2 WHERE ticket_id = $1', [
          event.data.ticketId,
          event.data.rating,
        ]);
        const visit = await visitOf(tx, event.data.ticketId);
        if (visit === undefined) return;
        await ensureTimes(tx, stream.centreId, visit.service_id, visit.hour);
        await tx.query(
          `UPDATE service_centre_queue_times SET ratings = ratings + 1, rating_sum = rating_sum + $4
           WHERE centre_id = $1 AND service_id = $2 AND hour = $3`,
          [stream.centreId, visit.service_id, visit.hour, event.data.rating],
        );
        return;
      }
      default:
        return;
    }
  },
};

/** The seconds at the given quantile of a minute histogram: the upper edge of the bucket that reaches it. */
export const quantileSeconds = (buckets: readonly number[], quantile: number): number => {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let seen = 0;
  for (const [index, count] of buckets.entries()) {
    seen += count;
    if (seen >= quantile * total) return (index + 1) * 60;
  }
  return buckets.length * 60;
};
