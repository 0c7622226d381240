import { ANY, NO_STREAM, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type { CurrentStreamState, StreamState } from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError } from '@qinqing/shared/event-sourcing';
import type { ExpectedRevision } from '@qinqing/shared/event-sourcing';

const assertRevision = (revision: number): void => {
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(`Expected revision must be a non-negative integer, got ${String(revision)}`);
  }
};

/** Our expectation as KurrentDB's `streamState`: a revision (bigint), NO_STREAM or ANY. */
export const toStreamState = (expected: ExpectedRevision): StreamState => {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  assertRevision(expected);
  return BigInt(expected);
};

/** KurrentDB revisions are unsigned 64 bit; ours are JavaScript numbers, so refuse what does not fit. */
export const revisionToNumber = (revision: bigint): number => {
  const value = Number(revision);
  if (revision < 0n || !Number.isSafeInteger(value)) {
    throw new RangeError(`Stream revision ${revision} is outside the supported range`);
  }
  return value;
};

/** The revision the first appended event will get, when the expectation pins it down. */
export const firstRevisionOf = (expected: ExpectedRevision): number | null => {
  if (expected === 'no_stream') return 0;
  if (expected === 'any') return null;
  assertRevision(expected);
  return expected + 1;
};

/**
 * The state a failed check reported. KurrentDB reports a deleted or tombstoned stream with a negative
 * revision; we do not model those, so they become 'unknown'.
 */
export const toActualRevision = (state: CurrentStreamState): number | 'no_stream' | 'unknown' => {
  if (state === NO_STREAM) return 'no_stream';
  if (state < 0n || !Number.isSafeInteger(Number(state))) return 'unknown';
  return Number(state);
};

/** Our port's conflict error for the client's, carrying the revision the stream actually had. */
export const toWrongExpectedRevisionError = (
  streamId: string,
  expected: ExpectedRevision,
  error: WrongExpectedVersionError,
): WrongExpectedRevisionError =>
  new WrongExpectedRevisionError(streamId, expected, toActualRevision(error.actualState));
