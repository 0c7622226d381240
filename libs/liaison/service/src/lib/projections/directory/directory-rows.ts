import { columnUpdates, type SqlExecutor, textArrayOfJson } from '@qinqing/shared/event-sourcing';

/**
 * Every column of `liaison_enterprises` with its SQL type, as the projection's column sets name them (`chambers`
 * comes as its JSON text, as `apply` passes it).
 */
const COLUMN_TYPES = {
  credit_code: 'text',
  name: 'text',
  area_code: 'text',
  area_province: 'text',
  area_city: 'text',
  area_county: 'text',
  industry: 'text',
  industry_group: 'text',
  size: 'text',
  employees: 'integer',
  revenue: 'numeric',
  assets: 'numeric',
  chambers: 'jsonb',
  tags: 'text[]',
  contact_phone: 'text',
  registered_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

type Column = keyof typeof COLUMN_TYPES;

const COLUMNS = Object.keys(COLUMN_TYPES) as Column[];

/** What a correction may set: all but the key and the registration's instant. */
const CORRECTABLE = COLUMNS.filter((column) => column !== 'credit_code' && column !== 'registered_at');

/** A column's value from one element `c.v` of a JSON array of column sets (a JSON null is NULL). */
const valueOf = (column: Column): string => {
  if (column === 'tags') return textArrayOfJson(`c.v->'tags'`);
  return `(c.v->>'${column}')::${COLUMN_TYPES[column]}`;
};

/** The table's defaults, for a registration without these fields. */
const DEFAULTS: Partial<Record<Column, string>> = { chambers: "'[]'::jsonb", tags: "'{}'::text[]" };

const INSERT_ROWS = `INSERT INTO liaison_enterprises (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.map((c) => `CASE WHEN c.v ? '${c}' THEN ${valueOf(c)} ELSE ${DEFAULTS[c] ?? 'NULL'} END`).join(',\n    ')}
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS c(v, n) ORDER BY c.n
  ON CONFLICT (credit_code) DO NOTHING
  RETURNING credit_code`;

/** Rows inserted in one statement, each skipped when its credit code is there; returns the codes inserted. */
export const insertEnterpriseRows = async (
  tx: SqlExecutor,
  rows: readonly Record<string, unknown>[],
): Promise<Set<string>> => {
  if (rows.length === 0) return new Set();
  const { rows: inserted } = await tx.query<{ credit_code: string }>(INSERT_ROWS, [JSON.stringify(rows)]);
  return new Set(inserted.map((row) => row.credit_code));
};

/** Each enterprise's columns set in one statement (at most one set per enterprise; absent rows are left so). */
export const updateEnterpriseRows = columnUpdates({
  table: 'liaison_enterprises',
  key: 'credit_code',
  columns: CORRECTABLE,
  valueOf: (column) => valueOf(column as Column),
  columnsAre: 'a column a correction sets',
});
