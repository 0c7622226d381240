import type { listRequestsQuery } from '@qinqing/appeals/contracts';
import type { z } from 'zod';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/shared/identity-domain';
import type { ProvisionalDueDates } from '@qinqing/appeals/domain';
import type { TrackedClocks } from '../../projections/clock-tracking';
import { staffUnitId } from '../../application/request-actor';

export interface RequestListRow {
  request_id: string;
  receipt_code: string;
  title: string;
  enterprise_credit_code: string;
  enterprise_name: string;
  category: string;
  priority: string;
  channel: string;
  status: string;
  paused: boolean;
  owner_unit_id: string;
  pending_department_id: string | null;
  department_id: string | null;
  submitted_at: string | Date;
  clocks: TrackedClocks;
  provisional: ProvisionalDueDates;
  claim_by: string | Date | null;
  feedback_due: string | Date | null;
  open_supervision_orders: number;
  rating: string | null;
  reopen_count: number;
  overdue: boolean;
}

/** The rows a viewer may list: the same rule as `canSee`, expressed in SQL. */
const visibility = (actor: Actor, param: (value: unknown) => string): string | null => {
  switch (actor.kind) {
    case 'staff': {
      if (actor.role === 'supervisor' || actor.role === 'administrator') return 'TRUE';
      const unit = staffUnitId(actor);
      if (unit === null) return null;
      const p = param(unit);
      return `(receiving_unit_id = ${p} OR owner_unit_id = ${p} OR department_id = ${p} OR pending_department_id = ${p} OR handed_off_by = ${p})`;
    }
    case 'kiosk-enterprise':
      return actor.enterprise === null
        ? null
        : `(enterprise_credit_code = ${param(actor.enterprise.creditCode)} AND contact_phone = ${param(actor.enterprise.contactPhone)})`;
    default:
      return null;
  }
};

const RUNNING = `c.value->>'status' IN ('running', 'overdue')`;

/** Lists requests for the inbox: overdue first, then the nearest deadline, then the newest. */
export const listRequests = async (
  db: SqlExecutor,
  actor: Actor,
  query: z.infer<typeof listRequestsQuery>,
  today: string,
): Promise<{ rows: RequestListRow[]; total: number }> => {
  const params: unknown[] = [today];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const visible = visibility(actor, param);
  if (visible === null) return { rows: [], total: 0 };
  // Only accept, reply and resolve go overdue by time (report-up and inform are judged when they happen),
  // and a paused request's clocks stand still.
  const overdue = `(NOT paused AND EXISTS (SELECT 1 FROM jsonb_each(clocks) c WHERE ${RUNNING}
    AND c.key IN ('accept', 'reply', 'resolve') AND (c.value->>'due')::date < $1::date))`;
  const where = [visible];
  if (query.status !== undefined) where.push(`status = ${param(query.status)}`);
  if (query.category !== undefined) where.push(`category = ${param(query.category)}`);
  if (query.channel !== undefined) where.push(`channel = ${param(query.channel)}`);
  if (query.departmentId !== undefined) {
    const p = param(query.departmentId);
    where.push(`(department_id = ${p} OR pending_department_id = ${p})`);
  }
  if (query.overdue !== undefined) where.push(query.overdue === 'true' ? overdue : `NOT ${overdue}`);
  const filter = where.join(' AND ');
  const [{ rows }, count] = await Promise.all([
    db.query<RequestListRow>(
      `SELECT request_id, receipt_code, title, enterprise_credit_code, enterprise_name, category, priority, channel,
              status, paused, owner_unit_id, pending_department_id, department_id, submitted_at, clocks,
              provisional, claim_by, feedback_due, open_supervision_orders, rating, reopen_count, ${overdue} AS overdue
       FROM appeals_requests WHERE ${filter}
       ORDER BY ${overdue} DESC,
                (SELECT min((c.value->>'due')::date) FROM jsonb_each(clocks) c WHERE ${RUNNING}) ASC NULLS LAST,
                submitted_at DESC
       LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}`,
      params,
    ),
    // $1 (today) is typed here even when no filter uses it, so both statements share one parameter list prefix.
    db.query<{ total: string }>(
      `SELECT count(*) AS total FROM appeals_requests WHERE ${filter} AND $1::date IS NOT NULL`,
      params.slice(0, params.length - 2),
    ),
  ]);
  return { rows, total: Number(count.rows[0]?.total ?? 0) };
};
