import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageLimit } from './page-limit';

const query = z.object({ limit: pageLimit({ defaultLimit: 20, max: 50 }) });
const messageOf = (limit: unknown): string | undefined =>
  query.safeParse({ limit }).error?.issues[0]?.message;

describe('pageLimit', () => {
  it('takes the default when the query names no limit', () => {
    expect(query.parse({})).toEqual({ limit: 20 });
  });

  it('reads plain digits within the bounds', () => {
    expect(query.parse({ limit: '1' })).toEqual({ limit: 1 });
    expect(query.parse({ limit: '50' })).toEqual({ limit: 50 });
  });

  it('refuses what is not plain digits, in Chinese and English', () => {
    expect(messageOf('0x10')).toBe('每页条数须为1–50的整数 / limit must be a whole number from 1 to 50');
    expect(messageOf('abc')).toBe('每页条数须为1–50的整数 / limit must be a whole number from 1 to 50');
  });

  it('refuses a limit outside the bounds, naming the bound', () => {
    expect(messageOf('0')).toBe('每页至少1条 / limit at least 1');
    expect(messageOf('51')).toBe('每页至多50条 / limit at most 50');
    expect(messageOf(2.5)).toBe('每页条数须为整数 / limit must be a whole number');
  });

  it('bounds a page at 100 unless told otherwise', () => {
    const wide = z.object({ limit: pageLimit({ defaultLimit: 50 }) });
    expect(wide.parse({ limit: '100' })).toEqual({ limit: 100 });
    expect(wide.safeParse({ limit: '101' }).success).toBe(false);
  });
});
