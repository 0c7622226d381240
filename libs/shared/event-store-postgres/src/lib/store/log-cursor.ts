import type { LogCursor } from '@qinqing/shared/event-sourcing';

/** A place in the log as PostgresEventStore orders it: the writing transaction's id, then the position. */
export interface LogPosition {
  /** xid8, as decimal digits. */
  readonly transactionId: string;
  /** bigserial, as decimal digits. */
  readonly globalPosition: string;
}

const CURSOR = /^(\d{1,20}):(\d{1,19})$/;

export const encodeCursor = (position: LogPosition): LogCursor =>
  `${position.transactionId}:${position.globalPosition}` as LogCursor;

export const decodeCursor = (cursor: LogCursor): LogPosition => {
  const match = CURSOR.exec(cursor);
  if (match === null) {
    throw new Error(
      `Not a PostgreSQL event store cursor: "${cursor}" (expected "<transaction id>:<position>")`,
    );
  }
  return { transactionId: match[1] as string, globalPosition: match[2] as string };
};

/** Orders positions as readers follow the log: by transaction id, then by position. */
export const compareLogPositions = (a: LogPosition, b: LogPosition): number => {
  const [ta, tb] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [pa, pb] = [BigInt(a.globalPosition), BigInt(b.globalPosition)];
  return pa === pb ? 0 : pa < pb ? -1 : 1;
};

/** Before every event: readers start here when they have no cursor. */
export const logStart: LogPosition = { transactionId: '0', globalPosition: '0' };
