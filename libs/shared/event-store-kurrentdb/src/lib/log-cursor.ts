import type { Position } from '@kurrent/kurrentdb-client';
import type { LogCursor } from '@qinqing/shared/event-sourcing';

/** Largest value KurrentDB uses for a log position (unsigned 64 bit); it also means "no position". */
const UINT64_MAX = 0xffff_ffff_ffff_ffffn;

const CURSOR_SHAPE = /^(0|[1-9]\d*)\/(0|[1-9]\d*)$/;

export class InvalidLogCursorError extends Error {
  override readonly name = 'InvalidLogCursorError';
  constructor(readonly cursor: string) {
    super(`Not a KurrentDB log cursor ("<commit>/<prepare>"): ${JSON.stringify(cursor)}`);
  }
}

/** A position a reader can resume from: both parts present, non-negative and not the "no position" marker. */
export const isUsablePosition = (position: Position | undefined): boolean =>
  position !== undefined &&
  position.commit >= 0n &&
  position.prepare >= 0n &&
  position.commit < UINT64_MAX &&
  position.prepare < UINT64_MAX;

/** `"<commit>/<prepare>"` in decimal: the whole $all position, so a reader resumes exactly after the event. */
export const encodeLogCursor = (position: Position): LogCursor => {
  if (!isUsablePosition(position)) {
    throw new RangeError(`Cannot make a log cursor from position ${position.commit}/${position.prepare}`);
  }
  return `${position.commit.toString(10)}/${position.prepare.toString(10)}` as LogCursor;
};

export const decodeLogCursor = (cursor: string): Position => {
  const match = CURSOR_SHAPE.exec(cursor);
  if (match === null) throw new InvalidLogCursorError(cursor);
  const position = { commit: BigInt(match[1] ?? ''), prepare: BigInt(match[2] ?? '') };
  if (!isUsablePosition(position)) throw new InvalidLogCursorError(cursor);
  return position;
};

/** Orders positions as $all does: by commit position, then by prepare position. */
export const comparePositions = (a: Position, b: Position): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
};
