import type { ListEnterprisesQuery } from '@qinqing/liaison/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

export interface DirectoryRow {
  credit_code: string;
  name: string;
  area_code: string;
  industry: string;
  industry_group: string | null;
  size: string | null;
  employees: number | null;
  revenue: string | number | null;
  assets: string | number | null;
  chambers: string[];
  tags: string[];
  contact_phone: string | null;
}

const COLUMNS =
  'credit_code, name, area_code, industry, industry_group, size, employees, revenue, assets, chambers, tags, contact_phone';

/** One enterprise by its credit code (the primary key). */
export const findEnterprise = async (db: SqlExecutor, creditCode: string): Promise<DirectoryRow | null> => {
  const { rows } = await db.query<DirectoryRow>(
    `SELECT ${COLUMNS} FROM liaison_enterprises WHERE credit_code = $1`,
    [creditCode],
  );
  return rows[0] ?? null;
};

/** The column an area filter is an equality on: a 9-digit town, else the level the 6-digit code names. */
export const areaCondition = (area: string): { column: string; value: string } => {
  if (area.length === 9) return { column: 'area_code', value: area };
  if (area.endsWith('0000')) return { column: 'area_province', value: area.slice(0, 2) };
  if (area.endsWith('00')) return { column: 'area_city', value: area.slice(0, 4) };
  return { column: 'area_county', value: area };
};

/** Escapes LIKE's wildcards so a name prefix is taken literally. */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/**
 * A page of the directory in credit-code order (in name order, byte-wise, when a name prefix is given), after a
 * keyset — always the last credit code of the previous page: every filter is an equality on an indexed column
 * (or the tags' GIN index, or the name index), and the page is bounded (`limit` ≤ 100).
 * One row more than asked tells whether there is a next page.
 */
export const listEnterprises = async (
  db: SqlExecutor,
  query: ListEnterprisesQuery,
): Promise<{ rows: DirectoryRow[]; next: string | null }> => {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (query.area !== undefined) {
    const { column, value } = areaCondition(query.area);
    add((p) => `${column} = ${p}`, value);
  }
  if (query.industryGroup !== undefined) add((p) => `industry_group = ${p}`, query.industryGroup);
  if (query.size !== undefined) add((p) => `size = ${p}`, query.size);
  if (query.tag !== undefined) add((p) => `tags @> ARRAY[${p}]::text[]`, query.tag);
  const byName = query.name !== undefined;
  if (query.name !== undefined) add((p) => `name COLLATE "C" LIKE ${p}`, likePrefix(query.name));
  if (query.after !== undefined)
    add(
      (p) =>
        byName
          ? `(name COLLATE "C", credit_code) > ((SELECT name FROM liaison_enterprises WHERE credit_code = ${p}) COLLATE "C", ${p})`
          : `credit_code > ${p}`,
      query.after,
    );
  params.push(query.limit + 1);
  const { rows } = await db.query<DirectoryRow>(
    `SELECT ${COLUMNS} FROM liaison_enterprises ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
     ORDER BY ${byName ? 'name COLLATE "C", credit_code' : 'credit_code'} LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  return { rows: page, next: rows.length > query.limit ? (page.at(-1)?.credit_code ?? null) : null };
};
