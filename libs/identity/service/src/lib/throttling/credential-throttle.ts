import {
  AttemptBudget,
  FailureThrottle,
  type RateLimitStore,
  TooManyAttemptsException,
} from '@qinqing/shared/nest-platform';
import type { CredentialThrottleOptions } from '../identity.options';

type Refusal = (seconds: number) => { readonly zh: string; readonly en: string };

/**
 * Slows the guessing of one kind of credential (a staff password, a kiosk device secret) without locking
 * anything: consecutive failures per (subject, address) earn growing waits, and failures per address,
 * whatever the subject, have an hourly ceiling. The subject is what was *claimed* (the username, the
 * device id) whether or not it exists, so the answers for known and unknown subjects are the same.
 */
export class CredentialThrottle {
  private readonly consecutive: FailureThrottle;
  private readonly perAddress: AttemptBudget;

  constructor(
    store: RateLimitStore,
    name: string,
    options: CredentialThrottleOptions,
    private readonly code: string,
    private readonly refusal: Refusal,
  ) {
    this.consecutive = new FailureThrottle(store, name, options);
    this.perAddress = new AttemptBudget(store, {
      name: `${name}:per-address`,
      // A budget refuses past its points; here the failure that reaches the ceiling closes the address.
      points: options.failuresPerClientPerHour - 1,
      durationSeconds: 60 * 60,
      blockSeconds: 60 * 60,
    });
  }

  /** Refuses (429, Retry-After) while the pair or the address must wait — before the credential is checked. */
  async admit(subject: string, address: string): Promise<void> {
    const [pair, everywhere] = await Promise.all([
      this.consecutive.waitSeconds(subject, address),
      this.perAddress.waitSeconds(address),
    ]);
    const wait = Math.max(pair, everywhere);
    if (wait > 0) throw new TooManyAttemptsException(wait, this.code, this.refusal);
  }

  async failed(subject: string, address: string): Promise<void> {
    await Promise.all([this.consecutive.recordFailure(subject, address), this.perAddress.consume(address)]);
  }

  async succeeded(subject: string, address: string): Promise<void> {
    await this.consecutive.reset(subject, address);
  }

  /** Clears the subject's waits from every address (an administrator's decision). */
  async clear(subject: string): Promise<void> {
    await this.consecutive.resetAllOf(subject);
  }
}
