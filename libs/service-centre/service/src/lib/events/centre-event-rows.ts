import type {
  CentreEventKindName,
  CentreEventStatusName,
  CentreEventView,
} from '@qinqing/service-centre/contracts';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';

export interface CentreEventRow {
  readonly event_id: string;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  readonly place: string;
  readonly area_code: string;
  readonly starts_at: Date | string;
  readonly ends_at: Date | string;
  readonly capacity: number;
  readonly industries: string[];
  readonly area_prefixes: string[];
  readonly sizes: string[];
  readonly status: string;
  readonly registered: number;
  readonly waiting: number;
  readonly attended: number;
  readonly cancel_reason: string | null;
}

export const EVENT_COLUMNS = `e.event_id, e.kind, e.title, e.description, e.place, e.area_code, e.starts_at,
  e.ends_at, e.capacity, e.industries, e.area_prefixes, e.sizes, e.status, e.registered, e.waiting, e.attended,
  e.cancel_reason`;

export const iso = (value: Date | string): string => new Date(value).toISOString();

export const eventViewOf = (row: CentreEventRow): CentreEventView => ({
  eventId: row.event_id,
  kind: row.kind as CentreEventKindName,
  title: row.title,
  description: row.description,
  place: row.place,
  areaCode: row.area_code,
  startsAt: iso(row.starts_at),
  endsAt: iso(row.ends_at),
  capacity: row.capacity,
  audience: { industries: row.industries, areaCodes: row.area_prefixes, sizes: row.sizes },
  status: row.status as CentreEventStatusName,
  registered: Number(row.registered),
  waiting: Number(row.waiting),
  attended: Number(row.attended),
  cancelReason: row.cancel_reason,
});

/** The keyset cursor of a list by start: `<startsAt ISO>_<eventId>`. */
export const cursorOf = (startsAt: string, eventId: string): string => `${startsAt}_${eventId}`;

export const parseCursor = (after: string | undefined): { startsAt: string; eventId: string } | null => {
  if (after === undefined) return null;
  const at = after.indexOf('_');
  return { startsAt: after.slice(0, at), eventId: after.slice(at + 1) };
};

const ID_PATTERN = /^[0-9a-f-]{1,40}$/u;

/** An event id from a path (the platform's ids: UUIDv7), or 400 naming the field. */
export const checkedEventId = (raw: string): string => {
  if (ID_PATTERN.test(raw)) return raw;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'invalid-id',
    message: { zh: 'eventId 格式不正确', en: 'This is not a valid eventId' },
    field: 'eventId',
  });
};
