import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60_000;
/** Wrong passphrases tolerated per receipt in a window. */
const PER_RECEIPT = 5;
/** The map never holds more keys than this (the oldest go first): memory stays bounded under a flood. */
const MAX_KEYS = 10_000;

/**
 * Throttles failed follow-ups without storing anything that identifies anyone: in memory only, keyed by the
 * receipt's hash (not the address). Lost on restart, on purpose: a persistent limiter would write hashes and
 * times to the database. There is no budget shared by all receipts: with 100 bits a receipt cannot be guessed,
 * and a shared budget would let anyone lock every reporter out of their follow-up by failing on purpose.
 */
@Injectable()
export class FollowUpThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  /** True when this receipt has failed too often lately: refuse before checking. */
  blocked(receiptHash: string, nowMs: number): boolean {
    const entry = this.failures.get(receiptHash);
    return entry !== undefined && nowMs - entry.since <= WINDOW_MS && entry.count >= PER_RECEIPT;
  }

  recordFailure(receiptHash: string, nowMs: number): void {
    const entry = this.failures.get(receiptHash);
    if (entry === undefined || nowMs - entry.since > WINDOW_MS) {
      this.failures.delete(receiptHash);
      if (this.failures.size >= MAX_KEYS) {
        const oldest = this.failures.keys().next();
        if (oldest.done !== true) this.failures.delete(oldest.value);
      }
      this.failures.set(receiptHash, { count: 1, since: nowMs });
    } else entry.count += 1;
  }

  reset(receiptHash: string): void {
    this.failures.delete(receiptHash);
  }
}
