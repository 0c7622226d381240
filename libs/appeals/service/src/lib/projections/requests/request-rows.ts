import { columnUpdateStatement, type SqlExecutor, type SqlStatement } from '@qinqing/shared/event-sourcing';
import type { RequestRow } from './request-row';

/** Every column of `appeals_requests` the projection writes, with its SQL type (generated columns excluded). */
const COLUMN_TYPES = {
  request_id: 'text',
  receipt_code: 'text',
  enterprise_credit_code: 'text',
  enterprise_name: 'text',
  contact_name: 'text',
  contact_phone: 'text',
  category: 'text',
  priority: 'text',
  title: 'text',
  channel: 'text',
  receiving_unit_id: 'text',
  owner_unit_id: 'text',
  handed_off_by: 'text',
  pending_department_id: 'text',
  claim_by: 'date',
  department_id: 'text',
  status: 'text',
  paused: 'boolean',
  outcome: 'text',
  answered_on: 'date',
  feedback_due: 'date',
  rating: 'text',
  review_open: 'boolean',
  reopen_count: 'integer',
  duplicate_of: 'text',
  open_supervision_orders: 'integer',
  clocks: 'jsonb',
  provisional: 'jsonb',
  provisional_year: 'smallint',
  submitted_at: 'timestamptz',
  submitted_on: 'date',
  updated_at: 'timestamptz',
} as const;

type Column = keyof typeof COLUMN_TYPES;

const COLUMNS = Object.keys(COLUMN_TYPES) as Column[];

/** The columns an event may change on an existing row: all but the submission's facts. */
const CHANGEABLE: readonly Column[] = [
  'status',
  'handed_off_by',
  'pending_department_id',
  'claim_by',
  'department_id',
  'owner_unit_id',
  'paused',
  'outcome',
  'answered_on',
  'feedback_due',
  'rating',
  'review_open',
  'reopen_count',
  'duplicate_of',
  'open_supervision_orders',
  'clocks',
  'provisional',
  'provisional_year',
  'updated_at',
];

/** The value of a column from one element `c.v` of a JSON array of changes. */
const valueOf = (column: Column): string =>
  COLUMN_TYPES[column] === 'jsonb' ? `c.v->'${column}'` : `(c.v->>'${column}')::${COLUMN_TYPES[column]}`;

const INSERT_ROWS = `INSERT INTO appeals_requests (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.join(', ')}
  FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})
  ON CONFLICT (request_id) DO NOTHING`;

const SELECT_ROWS = `SELECT request_id, status, clocks, handed_off_by, pending_department_id, claim_by, feedback_due,
         open_supervision_orders, provisional, provisional_year
  FROM appeals_requests WHERE request_id = ANY($1::text[])`;

/** The rows of these requests that exist, with the columns events read, in one statement. */
export const loadRequestRows = async (
  tx: SqlExecutor,
  requestIds: readonly string[],
): Promise<Map<string, RequestRow>> => {
  if (requestIds.length === 0) return new Map();
  const { rows } = await tx.query<RequestRow>(SELECT_ROWS, [requestIds]);
  return new Map(rows.map((row) => [row.request_id, row]));
};

/** The statement that inserts new rows, whole (a request already there is left as it is); none for no rows. */
export const insertRequestRows = (rows: readonly RequestRow[]): SqlStatement | null =>
  rows.length === 0
    ? null
    : {
        sql: INSERT_ROWS,
        params: [JSON.stringify(rows.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]]))))],
      };

/** The statement that writes the changed columns of existing rows; none for no changes. */
export const updateRequestRows = columnUpdateStatement({
  table: 'appeals_requests',
  key: 'request_id',
  columns: CHANGEABLE,
  valueOf: (column) => valueOf(column as Column),
  columnsAre: 'a column events change',
});
