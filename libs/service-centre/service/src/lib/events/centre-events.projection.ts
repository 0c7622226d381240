import {
  type CentreEventDetails,
  type CentreEventEvent,
  centreEventIdOfStream,
} from '@qinqing/service-centre/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * The centre's events as tables: one row per event with running counts (paged by start, then id), one per
 * registration (paged by `seq` within an event; by enterprise for "my registrations"), and one cancellation
 * notice per registered enterprise, self-contained, for a message box to show.
 */
export const CENTRE_EVENTS_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_events (
     event_id text PRIMARY KEY,
     kind text NOT NULL,
     title text NOT NULL,
     description text NOT NULL,
     place text NOT NULL,
     area_code text NOT NULL,
     starts_at timestamptz NOT NULL,
     ends_at timestamptz NOT NULL,
     capacity integer NOT NULL,
     industries text[] NOT NULL,
     area_prefixes text[] NOT NULL,
     sizes text[] NOT NULL,
     status text NOT NULL,
     registered integer NOT NULL DEFAULT 0,
     waiting integer NOT NULL DEFAULT 0,
     attended integer NOT NULL DEFAULT 0,
     cancel_reason text
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_events_by_start ON service_centre_events (starts_at, event_id)`,
  `CREATE TABLE IF NOT EXISTS service_centre_event_registrations (
     event_id text NOT NULL,
     credit_code text NOT NULL,
     enterprise_name text NOT NULL,
     seq integer NOT NULL,
     status text NOT NULL,
     check_in_code text NOT NULL,
     channel text NOT NULL,
     registered_at timestamptz NOT NULL,
     starts_at timestamptz NOT NULL,
     checked_in_at timestamptz,
     rating integer,
     comment text,
     PRIMARY KEY (event_id, credit_code)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_event_registrations_by_seq
     ON service_centre_event_registrations (event_id, seq)`,
  `CREATE INDEX IF NOT EXISTS service_centre_event_registrations_by_enterprise
     ON service_centre_event_registrations (credit_code, starts_at DESC, event_id DESC)`,
  `CREATE TABLE IF NOT EXISTS service_centre_event_notices (
     credit_code text NOT NULL,
     event_id text NOT NULL,
     enterprise_name text NOT NULL,
     kind text NOT NULL,
     title text NOT NULL,
     place text NOT NULL,
     starts_at timestamptz NOT NULL,
     reason text NOT NULL,
     was_waiting boolean NOT NULL,
     cancelled_at timestamptz NOT NULL,
     PRIMARY KEY (credit_code, event_id)
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_event_notices_by_enterprise
     ON service_centre_event_notices (credit_code, cancelled_at DESC, event_id DESC)`,
];

const detailColumns = (d: CentreEventDetails) => [
  d.kind,
  d.title,
  d.description,
  d.place,
  d.areaCode,
  d.startsAt,
  d.endsAt,
  d.capacity,
  [...d.audience.industries],
  [...d.audience.areaCodes],
  [...d.audience.sizes],
];

/** Recounts an event's places from its registrations (bounded: capacity + waiting list + withdrawals). */
const recount = (tx: SqlExecutor, eventId: string) =>
  tx.query(
    `UPDATE service_centre_events SET
       registered = (SELECT count(*) FROM service_centre_event_registrations
                     WHERE event_id = $1 AND status = 'registered'),
       waiting = (SELECT count(*) FROM service_centre_event_registrations
                  WHERE event_id = $1 AND status = 'waiting'),
       attended = (SELECT count(*) FROM service_centre_event_registrations
                   WHERE event_id = $1 AND checked_in_at IS NOT NULL)
     WHERE event_id = $1`,
    [eventId],
  );

const setRegistration = (
  tx: SqlExecutor,
  eventId: string,
  creditCode: string,
  column: string,
  value: unknown,
) =>
  tx.query(
    `UPDATE service_centre_event_registrations SET ${column} = $3 WHERE event_id = $1 AND credit_code = $2`,
    [eventId, creditCode, value],
  );

export const centreEventsProjection: Projection = {
  name: 'service-centre-events',
  eventTypes: [
    'CentreEventScheduled',
    'CentreEventDetailsChanged',
    'CentreEventRegistrationTaken',
    'CentreEventRegistrationWithdrawn',
    'CentreEventWaitingListPromoted',
    'CentreEventCheckedIn',
    'CentreEventFeedbackGiven',
    'CentreEventCancelled',
    'CentreEventClosed',
  ],
  setup: async (db) => {
    for (const statement of CENTRE_EVENTS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM service_centre_event_notices');
    await tx.query('DELETE FROM service_centre_event_registrations');
    await tx.query('DELETE FROM service_centre_events');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const eventId = centreEventIdOfStream(recorded.streamId);
    if (eventId === null) return;
    const event = { type: recorded.type, data: recorded.data } as CentreEventEvent;
    switch (event.type) {
      case 'CentreEventScheduled':
        await tx.query(
          `INSERT INTO service_centre_events (event_id, kind, title, description, place, area_code, starts_at,
             ends_at, capacity, industries, area_prefixes, sizes, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'scheduled')
           ON CONFLICT (event_id) DO NOTHING`,
          [eventId, ...detailColumns(event.data)],
        );
        return;
      case 'CentreEventDetailsChanged':
        await tx.query(
          `UPDATE service_centre_events SET kind = $2, title = $3, description = $4, place = $5, area_code = $6,
             starts_at = $7, ends_at = $8, capacity = $9, industries = $10, area_prefixes = $11, sizes = $12
           WHERE event_id = $1`,
          [eventId, ...detailColumns(event.data)],
        );
        await tx.query('UPDATE service_centre_event_registrations SET starts_at = $2 WHERE event_id = $1', [
          eventId,
          event.data.startsAt,
        ]);
        return;
      case 'CentreEventRegistrationTaken': {
        const d = event.data;
        await tx.query(
          `INSERT INTO service_centre_event_registrations (event_id, credit_code, enterprise_name, seq, status,
             check_in_code, channel, registered_at, starts_at)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8, starts_at FROM service_centre_events WHERE event_id = $1
           ON CONFLICT (event_id, credit_code) DO NOTHING`,
          [
            eventId,
            d.creditCode,
            d.enterpriseName,
            d.seq,
            d.status,
            d.checkInCode,
            d.channel,
            d.registeredAt,
          ],
        );
        await recount(tx, eventId);
        return;
      }
      case 'CentreEventRegistrationWithdrawn':
        await setRegistration(tx, eventId, event.data.creditCode, 'status', 'withdrawn');
        await recount(tx, eventId);
        return;
      case 'CentreEventWaitingListPromoted':
        await setRegistration(tx, eventId, event.data.creditCode, 'status', 'registered');
        await recount(tx, eventId);
        return;
      case 'CentreEventCheckedIn':
        await setRegistration(tx, eventId, event.data.creditCode, 'checked_in_at', event.data.checkedInAt);
        await recount(tx, eventId);
        return;
      case 'CentreEventFeedbackGiven':
        await tx.query(
          `UPDATE service_centre_event_registrations SET rating = $3, comment = $4
           WHERE event_id = $1 AND credit_code = $2`,
          [eventId, event.data.creditCode, event.data.rating, event.data.comment],
        );
        return;
      case 'CentreEventCancelled': {
        const d = event.data;
        await tx.query(
          `UPDATE service_centre_events SET status = 'cancelled', cancel_reason = $2 WHERE event_id = $1`,
          [eventId, d.reason],
        );
        for (const notice of d.notices)
          await tx.query(
            `INSERT INTO service_centre_event_notices (credit_code, event_id, enterprise_name, kind, title, place,
               starts_at, reason, was_waiting, cancelled_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (credit_code, event_id) DO NOTHING`,
            [
              notice.creditCode,
              eventId,
              notice.enterpriseName,
              d.kind,
              d.title,
              d.place,
              d.startsAt,
              d.reason,
              notice.wasWaiting,
              d.cancelledAt,
            ],
          );
        return;
      }
      case 'CentreEventClosed':
        await tx.query(`UPDATE service_centre_events SET status = 'closed' WHERE event_id = $1`, [eventId]);
        return;
      default:
        return;
    }
  },
};
