import type { BoardEntryView, BoardPage, BoardView } from '@qinqing/credit/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

interface BoardRow {
  readonly board_id: string;
  readonly period: string;
  readonly first_day: string;
  readonly last_day: string;
  readonly status: 'draft' | 'published';
  readonly as_of: string;
  readonly approved_on: string | null;
  readonly red: readonly BoardEntryView[] | string;
  readonly black: readonly BoardEntryView[] | string;
}

const entries = (value: readonly BoardEntryView[] | string): readonly BoardEntryView[] =>
  typeof value === 'string' ? (JSON.parse(value) as BoardEntryView[]) : value;

export const boardViewOf = (row: BoardRow): BoardView => ({
  boardId: row.board_id,
  period: row.period,
  firstDay: row.first_day,
  lastDay: row.last_day,
  status: row.status,
  asOf: row.as_of,
  approvedOn: row.approved_on,
  red: entries(row.red),
  black: entries(row.black),
});

const COLUMNS = 'board_id, period, first_day, last_day, status, as_of, approved_on, red, black';

export const findBoard = async (db: SqlExecutor, boardId: string): Promise<BoardView | null> => {
  const { rows } = await db.query<BoardRow>(`SELECT ${COLUMNS} FROM credit_boards WHERE board_id = $1`, [
    boardId,
  ]);
  return rows[0] === undefined ? null : boardViewOf(rows[0]);
};

/** The current board: the published one of the latest period. */
export const CURRENT_BOARD_STATEMENT = `SELECT ${COLUMNS} FROM credit_boards WHERE status = 'published'
  ORDER BY last_day DESC, board_id DESC LIMIT 1`;

export const currentBoard = async (db: SqlExecutor): Promise<BoardView | null> => {
  const { rows } = await db.query<BoardRow>(CURRENT_BOARD_STATEMENT);
  return rows[0] === undefined ? null : boardViewOf(rows[0]);
};

/** Published boards, newest period first, from after the board `after` (a keyset on the partial index). */
export const listPublishedBoardsStatement = (
  after: string | undefined,
  limit: number,
): { readonly sql: string; readonly params: unknown[] } =>
  after === undefined
    ? {
        sql: `SELECT board_id, period, approved_on, red_count, black_count, last_day FROM credit_boards
               WHERE status = 'published' ORDER BY last_day DESC, board_id DESC LIMIT $1`,
        params: [limit + 1],
      }
    : {
        sql: `SELECT board_id, period, approved_on, red_count, black_count, last_day FROM credit_boards
               WHERE status = 'published'
                 AND (last_day, board_id) < (SELECT last_day, board_id FROM credit_boards WHERE board_id = $2)
               ORDER BY last_day DESC, board_id DESC LIMIT $1`,
        params: [limit + 1, after],
      };

export const listPublishedBoards = async (
  db: SqlExecutor,
  after: string | undefined,
  limit: number,
): Promise<BoardPage> => {
  const statement = listPublishedBoardsStatement(after, limit);
  const { rows } = await db.query<{
    board_id: string;
    period: string;
    approved_on: string;
    red_count: number;
    black_count: number;
  }>(statement.sql, statement.params);
  const page = rows.slice(0, limit);
  return {
    items: page.map((row) => ({
      boardId: row.board_id,
      period: row.period,
      approvedOn: row.approved_on,
      counts: { red: row.red_count, black: row.black_count },
    })),
    next: rows.length > limit ? (page.at(-1)?.board_id ?? null) : null,
  };
};
