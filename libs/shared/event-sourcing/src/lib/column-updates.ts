import type { SqlExecutor, SqlStatement } from './sql.port';

export interface ColumnUpdatesOptions {
  readonly table: string;
  /** The key column; each change names its row by the key's text. */
  readonly key: string;
  /** The columns a change may set. */
  readonly columns: readonly string[];
  /** SQL of a column's value from one element `c.v` of the JSON array of changes (a JSON null sets NULL). */
  readonly valueOf: (column: string) => string;
  /** What `columns` are, for the refusal of any other column: "a column events change". */
  readonly columnsAre: string;
}

/** Changes of rows by key: the columns each row's change sets. */
export type ColumnChanges = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/**
 * The statement that writes a read model's changes of existing rows at once: each row's change sets the columns
 * it has and leaves the others as they are; a key without a row changes nothing; no changes, no statement. A
 * column outside `columns` is a bug in the read model and throws.
 */
export const columnUpdateStatement = ({ table, key, columns, valueOf, columnsAre }: ColumnUpdatesOptions) => {
  const statement = `UPDATE ${table} AS t SET
  ${columns.map((c) => `${c} = CASE WHEN c.v ? '${c}' THEN ${valueOf(c)} ELSE t.${c} END`).join(',\n  ')}
  FROM jsonb_array_elements($1::jsonb) AS c(v)
  WHERE t.${key} = c.v->>'${key}'`;
  const settable = new Set(columns);
  return (changes: ColumnChanges): SqlStatement | null => {
    if (changes.size === 0) return null;
    const elements = [...changes].map(([keyValue, set]) => {
      for (const column of Object.keys(set)) {
        if (!settable.has(column)) throw new Error(`${table}.${column} is not ${columnsAre}`);
      }
      return { ...set, [key]: keyValue };
    });
    return { sql: statement, params: [JSON.stringify(elements)] };
  };
};

/** A read model's changes of existing rows written in one statement (`columnUpdateStatement`). */
export const columnUpdates = (options: ColumnUpdatesOptions) => {
  const statementOf = columnUpdateStatement(options);
  return async (tx: SqlExecutor, changes: ColumnChanges): Promise<void> => {
    const statement = statementOf(changes);
    if (statement !== null) await tx.query(statement.sql, statement.params);
  };
};
