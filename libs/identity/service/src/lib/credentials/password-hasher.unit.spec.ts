import { describe, expect, it } from 'vitest';
import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with Argon2id at the OWASP parameters and a fresh salt', async () => {
    const first = await hasher.hash('Demo!2026');
    const second = await hasher.hash('Demo!2026');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/u);
    expect(first).not.toBe(second);
    expect(first).not.toContain('Demo!2026');
  });

  it('verifies the right secret only', async () => {
    const stored = await hasher.hash('Demo!2026');
    expect(await hasher.verify(stored, 'Demo!2026')).toBe(true);
    expect(await hasher.verify(stored, 'demo!2026')).toBe(false);
  });

  it('answers false for an unreadable hash instead of throwing', async () => {
    expect(await hasher.verify('not-a-phc-string', 'x')).toBe(false);
  });

  it('spends comparable time on an unknown account as on a known one', async () => {
    const stored = await hasher.hash('Demo!2026');
    await hasher.verifyNothing('warm-up');
    const time = async (work: () => Promise<unknown>): Promise<number> => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) await work();
      return Number(process.hrtime.bigint() - start);
    };
    const known = await time(() => hasher.verify(stored, 'wrong password'));
    const unknown = await time(() => hasher.verifyNothing('wrong password'));
    // Both run a full Argon2id verification; the ratio only guards against one path skipping it.
    expect(unknown / known).toBeGreaterThan(0.3);
    expect(unknown / known).toBeLessThan(3);
  });
});
