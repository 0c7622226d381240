/** Board ids and stream ids come from here, never built inline: one board, one stream, per period. */
const BOARD_PREFIX = 'board-';
const STREAM_PREFIX = 'credit-board-';

/** `board-2026-Q4`: one board per period, so drafting a period again redraws its board. */
export const boardIdOf = (periodName: string): string => `${BOARD_PREFIX}${periodName}`;

export const boardStreamId = (boardId: string): string => `${STREAM_PREFIX}${boardId}`;

/** The board id of one of its streams, or null for another aggregate's stream. */
export const boardIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(STREAM_PREFIX) ? streamId.slice(STREAM_PREFIX.length) : null;
