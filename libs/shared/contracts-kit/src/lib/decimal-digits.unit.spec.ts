import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromDecimalDigits } from './decimal-digits';

const limit = z.object({
  limit: fromDecimalDigits(
    z.coerce.number({ message: 'limit must be a whole number' }).int().min(1).max(100).default(50),
  ),
});

describe('fromDecimalDigits', () => {
  it.each(['0x10', ' 10', '10 ', '1e2', '10.0', '+10', '', '０１'])(
    'refuses %j, which Number() would read',
    (value) => {
      expect(limit.safeParse({ limit: value }).success).toBe(false);
    },
  );

  it('reads plain digits, takes numbers as they are and leaves an absent value to the default', () => {
    expect(limit.parse({ limit: '16' })).toEqual({ limit: 16 });
    expect(limit.parse({ limit: 7 })).toEqual({ limit: 7 });
    expect(limit.parse({})).toEqual({ limit: 50 });
  });

  it('keeps the wrapped schema’s own bounds and message', () => {
    const result = limit.safeParse({ limit: '0x10' });
    expect(result.error?.issues[0]?.message).toBe('limit must be a whole number');
    expect(limit.safeParse({ limit: '101' }).success).toBe(false);
  });
});
