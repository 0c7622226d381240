import { boardIdOfStream, type BoardEvent, type BoardSnapshot } from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Boards as a table: one row per period's board, its latest draft or its published snapshot. Published rows
 * are listed newest period first (the partial index), and the latest one is the current board.
 */
export const BOARDS_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_boards (
  board_id text PRIMARY KEY,
  period text NOT NULL,
  first_day text NOT NULL,
  last_day text NOT NULL,
  status text NOT NULL,
  as_of text NOT NULL,
  approved_on text,
  red jsonb NOT NULL,
  black jsonb NOT NULL,
  red_count integer NOT NULL,
  black_count integer NOT NULL,
  drafts integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL
)`,
  `CREATE INDEX IF NOT EXISTS credit_boards_published ON credit_boards (last_day DESC, board_id DESC)
     WHERE status = 'published'`,
];

const snapshotColumns = (data: BoardSnapshot) => ({
  period: data.period,
  first_day: data.firstDay,
  last_day: data.lastDay,
  as_of: data.asOf,
  red: JSON.stringify(data.red),
  black: JSON.stringify(data.black),
  red_count: data.red.length,
  black_count: data.black.length,
});

export const boardsProjection: Projection = {
  name: 'credit-boards',
  eventTypes: ['BoardDrafted', 'BoardApproved'],
  setup: async (db) => {
    for (const statement of BOARDS_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_boards');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    const boardId = boardIdOfStream(recorded.streamId);
    if (boardId === null) return;
    const event = { type: recorded.type, data: recorded.data } as BoardEvent;
    switch (event.type) {
      case 'BoardDrafted': {
        const set = { ...snapshotColumns(event.data), status: 'draft', updated_at: event.data.draftedAt };
        const columns = Object.keys(set);
        await tx.query(
          `INSERT INTO credit_boards (board_id, ${columns.join(', ')})
           VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
           ON CONFLICT (board_id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
             drafts = credit_boards.drafts + 1`,
          [boardId, ...Object.values(set)],
        );
        return;
      }
      case 'BoardApproved': {
        const set = {
          ...snapshotColumns(event.data),
          status: 'published',
          approved_on: event.data.approvedOn,
          updated_at: event.data.approvedAt,
        };
        const columns = Object.keys(set);
        await tx.query(
          `UPDATE credit_boards SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE board_id = $1`,
          [boardId, ...Object.values(set)],
        );
        return;
      }
      default:
        return;
    }
  },
};
