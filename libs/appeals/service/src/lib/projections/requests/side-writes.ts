import type { RowWrite } from '@qinqing/shared/event-sourcing';

/**
 * The writes of `appeals_requests`' side tables (督办 orders, 回访 / 整改 clocks), each of one row (keyed), so a
 * batch's writes of a kind go as one statement per table (`runRowWrites`). Each statement has the effect of its
 * rows written one by one: inserts skip an order already there (the first wins, in row order), flags are set,
 * and the writes that set values keep the last row of each key (DISTINCT ON … ORDER BY ordinality DESC).
 */
const FOLLOW_UPS = 'appeals_follow_ups';
const ORDERS = 'appeals_supervision_orders';

/** A 回访 or 整改 clock (re)started with a due date: reminders and misses start again. */
const TRACK_FOLLOW_UP = `INSERT INTO appeals_follow_ups (request_id, follow_up, due)
  SELECT DISTINCT ON (u.r, u.f) u.r, u.f, u.d
  FROM unnest($1::text[], $2::text[], $3::date[]) WITH ORDINALITY AS u(r, f, d, n)
  ORDER BY u.r, u.f, u.n DESC
  ON CONFLICT (request_id, follow_up) DO UPDATE SET due = EXCLUDED.due, reminded = false, missed = false, done = false`;

const markFollowUpSql = (flag: 'done' | 'reminded' | 'missed'): string =>
  `UPDATE appeals_follow_ups AS t SET ${flag} = true
  FROM unnest($1::text[], $2::text[]) AS u(r, f) WHERE t.request_id = u.r AND t.follow_up = u.f`;

const MARK_FOLLOW_UP = {
  done: markFollowUpSql('done'),
  reminded: markFollowUpSql('reminded'),
  missed: markFollowUpSql('missed'),
} as const;

const TRACK_ORDER = `INSERT INTO appeals_supervision_orders (order_id, request_id, due)
  SELECT u.o, u.r, u.d FROM unnest($1::text[], $2::text[], $3::date[]) WITH ORDINALITY AS u(o, r, d, n)
  ORDER BY u.n
  ON CONFLICT DO NOTHING`;

const orderFlagSql = (set: string): string =>
  `UPDATE appeals_supervision_orders AS t SET ${set} FROM unnest($1::text[]) AS u(o) WHERE t.order_id = u.o`;

const REMIND_ORDER = orderFlagSql('reminded = true');
const CLOSE_ORDER = orderFlagSql('open = false');

const ESCALATE_ORDER = `UPDATE appeals_supervision_orders AS t SET level = u.l, due = u.d, reminded = false
  FROM (SELECT DISTINCT ON (x.o) x.o, x.l, x.d
        FROM unnest($1::text[], $2::integer[], $3::date[]) WITH ORDINALITY AS x(o, l, d, n)
        ORDER BY x.o, x.n DESC) AS u
  WHERE t.order_id = u.o`;

const followUpKey = (requestId: string, followUp: string): string => `${requestId}\u0000${followUp}`;

/** A 回访 or 整改 clock with a due date (starting again when set again); none without one. */
export const trackFollowUp = (requestId: string, followUp: string, due: string | undefined): RowWrite[] =>
  due === undefined
    ? []
    : [
        {
          table: FOLLOW_UPS,
          sql: TRACK_FOLLOW_UP,
          row: [requestId, followUp, due],
          key: followUpKey(requestId, followUp),
        },
      ];

export const markFollowUp = (
  requestId: string,
  followUp: string,
  flag: 'done' | 'reminded' | 'missed',
): RowWrite => ({
  table: FOLLOW_UPS,
  sql: MARK_FOLLOW_UP[flag],
  row: [requestId, followUp],
  key: followUpKey(requestId, followUp),
});

/** An order with a due date (orders recorded before orders had deadlines have none and are not tracked). */
export const trackOrder = (requestId: string, orderId: string, due: string | undefined): RowWrite[] =>
  due === undefined
    ? []
    : [{ table: ORDERS, sql: TRACK_ORDER, row: [orderId, requestId, due], key: orderId }];

export const remindOrder = (orderId: string): RowWrite => ({
  table: ORDERS,
  sql: REMIND_ORDER,
  row: [orderId],
  key: orderId,
});

export const escalateOrder = (orderId: string, level: number, due: string): RowWrite => ({
  table: ORDERS,
  sql: ESCALATE_ORDER,
  row: [orderId, level, due],
  key: orderId,
});

export const closeOrder = (orderId: string): RowWrite => ({
  table: ORDERS,
  sql: CLOSE_ORDER,
  row: [orderId],
  key: orderId,
});
