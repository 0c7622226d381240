import { HttpStatus } from '@nestjs/common';
import { ServiceBusyException } from '@qinqing/shared/nest-platform';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE_HASH_LIMITS, PassphraseHashing } from './passphrase-hashing';

describe('PassphraseHashing', () => {
  it('given every slot and queue place taken, refuses the next hash or check at once with 503 reports-busy', async () => {
    const hashing = new PassphraseHashing();
    const admitted = PASSPHRASE_HASH_LIMITS.concurrent + PASSPHRASE_HASH_LIMITS.queued;
    const work = Array.from({ length: admitted }, (_, i) => hashing.hash(`passphrase ${i}`));
    const refusals = await Promise.allSettled([
      hashing.hash('one more'),
      hashing.matches(null, 'a follow-up'),
    ]);
    for (const refusal of refusals) {
      expect(refusal.status).toBe('rejected');
      const reason = (refusal as PromiseRejectedResult).reason as ServiceBusyException;
      expect(reason).toBeInstanceOf(ServiceBusyException);
      expect(reason.getStatus()).toBe(HttpStatus.SERVICE_UNAVAILABLE);
      expect(reason.getResponse()).toMatchObject({
        error: 'reports-busy',
        retryAfterSeconds: 5,
        message: { zh: '举报受理繁忙，请5秒后再试', en: 'Reports are busy; try again in 5 seconds' },
      });
    }
    const hashes = await Promise.all(work);
    expect(hashes.every((h) => h.startsWith('$argon2id$'))).toBe(true);
    // The queue drained: a check is taken again, and tells a right passphrase from a wrong one.
    expect(await hashing.matches(hashes[0] ?? null, 'passphrase 0')).toBe(true);
    expect(await hashing.matches(hashes[0] ?? null, 'passphrase 1')).toBe(false);
    expect(await hashing.matches(null, 'passphrase 0')).toBe(false);
  });
});
