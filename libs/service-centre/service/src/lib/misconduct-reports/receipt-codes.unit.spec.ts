import { describe, expect, it } from 'vitest';
import { receiptCodeSchema } from '@qinqing/service-centre/contracts';
import { FollowUpThrottle } from './follow-up-throttle';
import {
  formatReceiptCode,
  hashPassphrase,
  newReceiptCode,
  passphraseMatches,
  RECEIPT_CODE_LENGTH,
  receiptHashOf,
} from './receipt-codes';

describe('receipt codes', () => {
  it('are 20 Crockford base32 characters (100 bits), all different, and read back whatever the dashes or case', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newReceiptCode()));
    expect(codes.size).toBe(2000);
    for (const code of [...codes].slice(0, 50)) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/u);
      expect(receiptCodeSchema.parse(formatReceiptCode(code).toLowerCase())).toBe(code);
    }
    expect(RECEIPT_CODE_LENGTH * 5).toBeGreaterThanOrEqual(100);
  });

  it('every symbol of the alphabet turns up: the code is not biased to a part of it', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newReceiptCode()).join(''));
    expect(seen.size).toBe(32);
  });

  it('are kept as a SHA-256 key only, and passphrases as Argon2id', async () => {
    const code = newReceiptCode();
    expect(receiptHashOf(code)).toMatch(/^[0-9a-f]{64}$/u);
    expect(receiptHashOf(code)).not.toContain(code);
    const stored = await hashPassphrase('correct horse battery');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await passphraseMatches(stored, 'correct horse battery')).toBe(true);
    expect(await passphraseMatches(stored, 'wrong horse battery')).toBe(false);
    expect(await passphraseMatches('not a hash', 'x')).toBe(false);
  });
});

describe('follow-up throttle', () => {
  it('holds a receipt back after 5 failures in 15 minutes, forgets after the window or a success', () => {
    const throttle = new FollowUpThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(throttle.blocked('h', t0)).toBe(false);
      throttle.recordFailure('h', t0);
    }
    expect(throttle.blocked('h', t0 + 1000)).toBe(true);
    expect(throttle.blocked('other', t0 + 1000)).toBe(false);
    expect(throttle.blocked('h', t0 + 15 * 60_000 + 1)).toBe(false);
    throttle.recordFailure('h', t0 + 15 * 60_000 + 2);
    throttle.reset('h');
    expect(throttle.blocked('h', t0 + 15 * 60_000 + 3)).toBe(false);
  });

  it('never lets failures on other receipts lock a reporter out of their own', () => {
    const throttle = new FollowUpThrottle();
    for (let i = 0; i < 1_000; i++) throttle.recordFailure(`r${i}`, 5_000);
    expect(throttle.blocked('the-reporters-own', 5_001)).toBe(false);
  });
});
