import type { listRequestsQuery } from '@qinqing/appeals/contracts';
import type { z } from 'zod';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/access';
import type { ProvisionalDueDates } from '@qinqing/appeals/domain';
import type { TrackedClocks } from '../../projections/clock-tracking';
import { staffUnitId } from '../../application/request-actor';

type ListQuery = Omit<z.infer<typeof listRequestsQuery>, 'after' | 'pageSize'>;

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
  receiving_unit_id: string;
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
  /** The keyset: sort_due as YYYY-MM-DD. */
  sort_key: string;
}

/** Where a page ends: the last row's (sort_due, request_id); opaque to clients. */
export interface ListCursor {
  readonly sortDue: string;
  readonly requestId: string;
}

export const encodeCursor = (cursor: ListCursor): string =>
  Buffer.from(JSON.stringify([cursor.sortDue, cursor.requestId])).toString('base64url');

/** The cursor a client sent back, or null when it is not one this API made. */
export const decodeCursor = (text: string): ListCursor | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/u.test(value[0]) &&
      typeof value[1] === 'string' &&
      value[1].length <= 100
    )
      return { sortDue: value[0], requestId: value[1] };
  } catch {
    return null;
  }
  return null;
};

/** A search the viewer's role may not make, with the rule in both languages; null when it may. */
export const searchRefusal = (
  actor: Actor,
  query: ListQuery,
): { field: string; zh: string; en: string } | null => {
  const role = actor.kind === 'staff' ? actor.role : actor.kind;
  if (query.receiptCode !== undefined && role !== 'service-staff')
    return {
      field: 'receiptCode',
      zh: '只有受理诉求的服务中心工作人员可以按回执码查找（回执码是企业查询凭证）',
      en: 'Only staff of the receiving centre may search by receipt code (it is the enterprise’s tracking credential)',
    };
  if (query.contactPhone !== undefined && role !== 'service-staff' && role !== 'department-handler')
    return {
      field: 'contactPhone',
      zh: '只有办理诉求的服务专员和部门经办人可以按联系电话查找（其他人员只能看到遮盖的号码）',
      en: 'Only service staff and department handlers who handle requests may search by contact phone (others see it masked)',
    };
  return null;
};

/** The rows a viewer may list: the same rule as `canSee`, in SQL; each arm has an index. */
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

/** A LIKE pattern's text for the fragment, its wildcards escaped (lower-cased in SQL, as the names are). */
const likeEscaped = (text: string): string => text.replace(/[\\%_]/gu, (c) => `\\${c}`);

export interface ListStatement {
  readonly sql: string;
  readonly params: unknown[];
  /** Counts the matching rows, at most COUNT_CAP + 1. */
  readonly countSql: string;
  readonly countParams: unknown[];
}

/** Counting stops here: a capped count reads at most this many index entries, never the whole table. */
export const COUNT_CAP = 1000;

/** The columns a page returns, as the arms of a unit's inbox select them and the page selects from the arms. */
const PAGE_COLUMNS = `request_id, receipt_code, title, enterprise_credit_code, enterprise_name, category, priority, channel,
              status, paused, receiving_unit_id, owner_unit_id, pending_department_id, department_id, submitted_at,
              clocks, provisional, claim_by, feedback_due, open_supervision_orders, rating, reopen_count, sort_due < $1::date AS overdue,
              to_char(sort_due, 'YYYY-MM-DD') AS sort_key`;
const PAGE_NAMES = PAGE_COLUMNS.replace(/sort_due < \$1::date AS /u, '')
  .replace(/to_char\(sort_due, 'YYYY-MM-DD'\) AS /u, '')
  .replace(/\s+/gu, ' ');

/**
 * The columns by which a unit's staff see a request (`canSee`), each the first column of an index on
 * (column, sort_due, request_id): each arm of a unit's inbox is a range of one index in the page's order.
 */
const UNIT_COLUMNS = [
  'receiving_unit_id',
  'owner_unit_id',
  'department_id',
  'pending_department_id',
  'handed_off_by',
] as const;

/**
 * The inbox query: what the viewer may see, the filters and searches, ordered by the nearest deadline
 * (overdue first) and then the request id, one page after the cursor (keyset paging: no OFFSET, so page 100
 * costs what page 1 does). Null when the viewer may see nothing.
 *
 * A unit's inbox with no search is the union of one arm per visibility column, each the page's first rows of
 * its own index range, merged and de-duplicated: the page reads at most 5 × its size index entries and the
 * count 5 × (COUNT_CAP + 1), however many requests the city has, and with or without the table's statistics
 * (one index scan on the OR of the five columns in deadline order would read every request of other units
 * it passes). A search narrows by its own index (credit code, phone: (column, sort_due, request_id), so the
 * search is an index range already in the page's order) and visibility is a filter on those few rows.
 */
export const listRequestsStatement = (
  actor: Actor,
  query: ListQuery,
  today: string,
  page: { readonly limit: number; readonly after: ListCursor | null },
): ListStatement | null => {
  const params: unknown[] = [today];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const unit = actor.kind === 'staff' ? staffUnitId(actor) : null;
  const searched =
    query.receiptCode !== undefined ||
    query.creditCode !== undefined ||
    query.enterpriseName !== undefined ||
    query.contactPhone !== undefined;
  const armsOf =
    actor.kind === 'staff' &&
    actor.role !== 'supervisor' &&
    actor.role !== 'administrator' &&
    unit !== null &&
    !searched
      ? param(unit)
      : null;
  const visible = armsOf === null ? visibility(actor, param) : 'TRUE';
  if (visible === null) return null;
  const where = armsOf === null ? [visible] : [];
  if (query.status !== undefined) where.push(`status = ${param(query.status)}`);
  if (query.category !== undefined) where.push(`category = ${param(query.category)}`);
  if (query.channel !== undefined) where.push(`channel = ${param(query.channel)}`);
  if (query.departmentId !== undefined) {
    const p = param(query.departmentId);
    where.push(`(department_id = ${p} OR pending_department_id = ${p})`);
  }
  if (query.overdue !== undefined)
    where.push(query.overdue === 'true' ? 'sort_due < $1::date' : 'sort_due >= $1::date');
  if (query.receiptCode !== undefined) {
    where.push(`receipt_code = ${param(query.receiptCode)}`);
    // Receipt codes are the enterprise's credential: only the centre that received the request looks them up.
    where.push(unit === null ? 'FALSE' : `receiving_unit_id = ${param(unit)}`);
  }
  if (query.creditCode !== undefined) where.push(`enterprise_credit_code = ${param(query.creditCode)}`);
  if (query.enterpriseName !== undefined) {
    // The fragment's keys and its lower case are worked out in SQL, by the functions and lower() the names'
    // index used, so the search and the index cannot disagree about a character.
    where.push(
      `appeals_name_keys(enterprise_name) @> appeals_name_fragment_keys(${param(query.enterpriseName)}::text)`,
    );
    where.push(
      `lower(enterprise_name) LIKE '%' || lower(${param(likeEscaped(query.enterpriseName))}::text) || '%' ESCAPE '\\'`,
    );
  }
  if (query.contactPhone !== undefined) {
    where.push(`contact_phone = ${param(query.contactPhone)}`);
    // Only the unit working the request sees the phone in full, so only it may find a request by it.
    if (unit === null) where.push('FALSE');
    else {
      const p = param(unit);
      where.push(`(owner_unit_id = ${p} OR pending_department_id = ${p} OR department_id = ${p})`);
    }
  }
  const countParams = [...params];
  const keyset =
    page.after === null
      ? ''
      : ` AND (sort_due, request_id) > (${param(page.after.sortDue)}::date, ${param(page.after.requestId)})`;
  const limit = param(page.limit);
  // $1 (today) is typed in the count even when no filter uses it, so both statements share one parameter list
  // prefix. The count stops at the cap.
  if (armsOf !== null) {
    const armsWhere = (column: string) => [`${column} = ${armsOf}`, ...where].join(' AND ');
    const pageArms = UNIT_COLUMNS.map(
      (column) => `(SELECT ${PAGE_COLUMNS}, sort_due FROM appeals_requests WHERE ${armsWhere(column)}${keyset}
         ORDER BY sort_due, request_id LIMIT ${limit})`,
    );
    // In the page's order too: with statistics, each arm walks its index and stops at the cap; without them
    // the planner's guess for one unit (0.5 % of the table) is under the cap below 200,000 rows, and it sorts
    // that unit's rows instead — a small table's cost, never other units' rows.
    const countArms = UNIT_COLUMNS.map(
      (
        column,
      ) => `(SELECT request_id FROM appeals_requests WHERE ${armsWhere(column)} AND $1::date IS NOT NULL
         ORDER BY sort_due, request_id LIMIT ${COUNT_CAP + 1})`,
    );
    return {
      // A request seen through two columns is in two arms with the same (sort_due, request_id): DISTINCT ON
      // keeps one.
      sql: `SELECT DISTINCT ON (sort_due, request_id) ${PAGE_NAMES}
       FROM (${pageArms.join(' UNION ALL ')}) AS arms
       ORDER BY sort_due, request_id
       LIMIT ${limit}`,
      params,
      // Each arm capped at COUNT_CAP + 1: more than COUNT_CAP distinct requests in all ⇔ more than COUNT_CAP
      // in the union of the capped arms (an arm is cut only when it alone has more).
      countSql: `SELECT count(*) AS total FROM (SELECT DISTINCT request_id FROM (${countArms.join(' UNION ALL ')}) AS arms
       LIMIT ${COUNT_CAP + 1}) capped`,
      countParams,
    };
  }
  const filter = where.join(' AND ');
  return {
    sql: `SELECT ${PAGE_COLUMNS}
       FROM appeals_requests WHERE ${filter}${keyset}
       ORDER BY sort_due, request_id
       LIMIT ${limit}`,
    params,
    // A search counts its own index's rows in no order (sorting an enterprise's thousands of requests to count
    // the first thousand would be the cost); the rest walk the page's index and stop at the cap.
    countSql: `SELECT count(*) AS total FROM (SELECT 1 FROM appeals_requests WHERE ${filter} AND $1::date IS NOT NULL
       ${searched ? '' : 'ORDER BY sort_due, request_id '}LIMIT ${COUNT_CAP + 1}) capped`,
    countParams,
  };
};

export interface RequestListPage {
  readonly rows: RequestListRow[];
  /** Matching requests, counted up to COUNT_CAP; `totalCapped` when there are more. */
  readonly total: number;
  readonly totalCapped: boolean;
  readonly nextCursor: string | null;
}

/** One page of the inbox: overdue first, then the nearest deadline; a cursor for the next page. */
export const listRequests = async (
  db: SqlExecutor,
  actor: Actor,
  query: ListQuery,
  today: string,
  page: { readonly pageSize: number; readonly after: ListCursor | null },
): Promise<RequestListPage> => {
  const statement = listRequestsStatement(actor, query, today, {
    limit: page.pageSize + 1,
    after: page.after,
  });
  if (statement === null) return { rows: [], total: 0, totalCapped: false, nextCursor: null };
  const [{ rows }, count] = await Promise.all([
    db.query<RequestListRow>(statement.sql, statement.params),
    db.query<{ total: string }>(statement.countSql, statement.countParams),
  ]);
  const shown = rows.slice(0, page.pageSize);
  const last = shown.at(-1);
  const total = Number(count.rows[0]?.total ?? 0);
  return {
    rows: shown,
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
    nextCursor:
      rows.length > page.pageSize && last !== undefined
        ? encodeCursor({ sortDue: last.sort_key, requestId: last.request_id })
        : null,
  };
};
