import { AttemptBudget } from './attempt-budget';
import type { RateLimitStore } from './rate-limit-store';
import { TooManyAttemptsException } from './too-many-attempts.exception';

/** Who is asking: the kiosk device when the request comes from one, and the network address. */
export interface RequestingClient {
  readonly deviceId: string | null;
  readonly address: string;
}

export interface ClientAllowances {
  /** Attempts per period for one client: a kiosk device, or an address when no device is involved. */
  readonly perClient: { readonly points: number; readonly minutes: number };
  /** Attempts per period for one address, all its kiosks and browsers together: the higher ceiling. */
  readonly perAddress: { readonly points: number; readonly minutes: number };
}

/**
 * Two budgets in a row: the client's own (per kiosk device — a walk-in session costs nothing to open, so a
 * per-session budget would be none — or per address for a browser), then the address's, with a higher
 * ceiling, so a centre whose kiosks share one address is not stopped by one busy kiosk. A client refused
 * by its own budget does not spend the address's.
 */
export class ClientBudget {
  private readonly perClient: AttemptBudget;
  private readonly perAddress: AttemptBudget;

  constructor(
    store: RateLimitStore,
    name: string,
    allowances: ClientAllowances,
    private readonly refusal?: (seconds: number) => { readonly zh: string; readonly en: string },
  ) {
    const rule = (suffix: string, allowance: ClientAllowances['perClient']) => ({
      name: `${name}:${suffix}`,
      points: allowance.points,
      durationSeconds: allowance.minutes * 60,
    });
    this.perClient = new AttemptBudget(store, rule('client', allowances.perClient));
    this.perAddress = new AttemptBudget(store, rule('address', allowances.perAddress));
  }

  /** Counts one attempt; 429 with Retry-After once the client's or the address's budget is spent. */
  async consume(client: RequestingClient): Promise<void> {
    const own =
      client.deviceId === null
        ? await this.perClient.consume('address', client.address)
        : await this.perClient.consume('device', client.deviceId);
    const wait = own > 0 ? own : await this.perAddress.consume(client.address);
    if (wait > 0) throw new TooManyAttemptsException(wait, 'rate-limited', this.refusal);
  }
}
