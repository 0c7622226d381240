import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidLogCursorError, comparePositions, decodeLogCursor, encodeLogCursor } from './log-cursor';

const position = fc.record({
  commit: fc.bigInt({ min: 0n, max: 0xffff_ffff_ffff_fffen }),
  prepare: fc.bigInt({ min: 0n, max: 0xffff_ffff_ffff_fffen }),
});

describe('log cursor', () => {
  it('is "<commit>/<prepare>" in decimal', () => {
    expect(encodeLogCursor({ commit: 1234n, prepare: 1200n })).toBe('1234/1200');
  });

  it('decodes what it encodes, for every 64-bit position', () => {
    fc.assert(
      fc.property(position, (p) => {
        expect(decodeLogCursor(encodeLogCursor(p))).toEqual(p);
      }),
    );
  });

  it('refuses cursors of another shape (e.g. a PostgreSQL cursor) by name', () => {
    for (const bad of ['', '12', '12/', '/12', '1/2/3', '-1/0', '01/2', '1.5/2', 'abc', ' 1/2', '42:7']) {
      expect(() => decodeLogCursor(bad), bad).toThrow(InvalidLogCursorError);
    }
  });

  it('refuses the unsigned 64-bit maximum, which KurrentDB uses for "no position"', () => {
    expect(() => decodeLogCursor('18446744073709551615/0')).toThrow(InvalidLogCursorError);
    expect(() => encodeLogCursor({ commit: 0xffff_ffff_ffff_ffffn, prepare: 0n })).toThrow(RangeError);
  });

  it('orders positions by commit, then prepare, as $all does', () => {
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 0n })).toBe(1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 1n })).toBe(0);
  });

  it('compares cursors numerically, not as strings', () => {
    fc.assert(
      fc.property(position, position, (a, b) => {
        const expected = comparePositions(a, b);
        expect(
          comparePositions(decodeLogCursor(encodeLogCursor(a)), decodeLogCursor(encodeLogCursor(b))),
        ).toBe(expected);
      }),
    );
    expect(comparePositions(decodeLogCursor('9/9'), decodeLogCursor('10/0'))).toBe(-1);
  });
});
