import { describe, expect, it } from 'vitest';
import type { LogCursor } from '@qinqing/shared/event-sourcing';
import { decodeCursor, encodeCursor } from './log-cursor';

describe('PostgreSQL log cursor', () => {
  it('round-trips transaction id and position exactly, beyond 2^53', () => {
    const position = { transactionId: '18446744073709551615', globalPosition: '9007199254740993' };
    const cursor = encodeCursor(position);
    expect(cursor).toBe('18446744073709551615:9007199254740993');
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each(['', '12', '12:', ':12', '1:2:3', 'a:1', '-1:2', 'commit:1/prepare:2'])(
    'refuses %j with a message naming the expected shape',
    (text) => {
      expect(() => decodeCursor(text as LogCursor)).toThrow(/expected "<transaction id>:<position>"/);
    },
  );
});
