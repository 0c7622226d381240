import { Injectable } from '@nestjs/common';
import { ConcurrencyGate, ServiceBusyException } from '@qinqing/shared/nest-platform';
import { hashPassphrase, passphraseCheckOfNothing, passphraseMatches } from './receipt-codes';

/**
 * Argon2id hashes at once, and waiting, for every filing and follow-up of the process together. Each hash
 * holds 19 MiB and a libuv worker for tens of milliseconds, and the anonymous routes cannot be limited per
 * caller without identifying callers: two at a time leave the rest of the pool (four workers by default) to
 * the platform, sixteen waiting are under a second's queue, and anything past them is refused at once.
 */
export const PASSPHRASE_HASH_LIMITS = { concurrent: 2, queued: 16 } as const;
/** What a refused filing or follow-up is told to wait: a few hashes' time, rounded up for a person. */
const BUSY_RETRY_SECONDS = 5;

const busy = () =>
  new ServiceBusyException(BUSY_RETRY_SECONDS, 'reports-busy', (seconds) => ({
    zh: `举报受理繁忙，请${seconds}秒后再试`,
    en: `Reports are busy; try again in ${seconds} seconds`,
  }));

/** The passphrase hashes of misconduct reports, through one gate (503 `reports-busy` when it is full). */
@Injectable()
export class PassphraseHashing {
  private readonly gate = new ConcurrencyGate(PASSPHRASE_HASH_LIMITS);

  hash(passphrase: string): Promise<string> {
    return this.gate.run(() => hashPassphrase(passphrase), busy);
  }

  /** Whether the passphrase is the one stored; for no stored hash, a check of nothing in the same time. */
  matches(stored: string | null, passphrase: string): Promise<boolean> {
    return this.gate.run(
      () => (stored === null ? passphraseCheckOfNothing(passphrase) : passphraseMatches(stored, passphrase)),
      busy,
    );
  }
}
