import { ANY, NO_STREAM, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import {
  firstRevisionOf,
  revisionToNumber,
  toActualRevision,
  toStreamState,
  toWrongExpectedRevisionError,
} from './expected-revision';

describe('expected revision → KurrentDB streamState', () => {
  it('maps a revision to that revision as a bigint', () => {
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });

  it("maps 'no_stream' to NO_STREAM and 'any' to ANY", () => {
    expect(toStreamState('no_stream')).toBe(NO_STREAM);
    expect(toStreamState('any')).toBe(ANY);
  });

  it('refuses revisions that are not non-negative integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => toStreamState(bad), String(bad)).toThrow(RangeError);
    }
  });

  it('knows where the first appended event lands when the expectation pins it', () => {
    expect(firstRevisionOf('no_stream')).toBe(0);
    expect(firstRevisionOf(4)).toBe(5);
    expect(firstRevisionOf('any')).toBeNull();
  });
});

describe('KurrentDB revisions and states → ours', () => {
  it('turns revisions into numbers and refuses what a number cannot hold', () => {
    expect(revisionToNumber(7n)).toBe(7);
    expect(() => revisionToNumber(2n ** 60n)).toThrow(RangeError);
    expect(() => revisionToNumber(-1n)).toThrow(RangeError);
  });

  it('reports the actual state: a revision, no stream, or unknown for deleted streams', () => {
    expect(toActualRevision(3n)).toBe(3);
    expect(toActualRevision(NO_STREAM)).toBe('no_stream');
    expect(toActualRevision(-5n)).toBe('unknown');
  });

  it("maps the client's WrongExpectedVersionError to ours with the actual revision", () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 'ns-order-1',
      expected: 2n,
      current: 5n,
    });
    const error = toWrongExpectedRevisionError('order-1', 2, clientError);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 'order-1', expected: 2, actual: 5 });
  });

  it('says no_stream when the stream a revision was expected of does not exist', () => {
    const clientError = new WrongExpectedVersionError(undefined, {
      streamName: 'order-2',
      expected: 0n,
      current: NO_STREAM,
    });
    expect(toWrongExpectedRevisionError('order-2', 0, clientError)).toMatchObject({ actual: 'no_stream' });
  });
});
