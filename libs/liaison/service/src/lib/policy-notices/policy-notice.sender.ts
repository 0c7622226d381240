import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { RestrictionsLookup } from '@qinqing/credit/replica';
import { maskPhone } from '@qinqing/shared/chinese-ids';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, Leadership, PeriodicPass, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { chinaDateOf } from '../integrity/china-today';
import { LiaisonCreditRestrictions } from '../officials/consumers/credit-restrictions.replica';
import { OutboundMessages } from '../outbound-messages/outbound-messages';
import { policyNoticeMessage } from './policy-notice-message';
import { failInterrupted, retryLater, settle, type TakenNotice, takeDue } from './policy-notices.table';

/**
 * How long a notice waits after it reaches liaison before its first try. The service centre lists an enterprise
 * by what it knows of credit's restrictions then; a restriction credit decided moments before (its intake applies
 * a record within a second or so, and the event then crosses the bus) may reach liaison just after the list.
 * Held this long, such a notice is found restricted when it goes and withheld (一处失信、处处受限).
 */
export const NOTICE_HOLD_MS = 30_000;

/**
 * Waits before the second and third try of a notice the provider refused; after the third refusal it has
 * failed for good (staff see it counted, and call the enterprise from the call list).
 */
export const NOTICE_RETRY_DELAYS_MS = [60_000, 600_000] as const;
const MAX_ATTEMPTS = NOTICE_RETRY_DELAYS_MS.length + 1;

/** A notice taken this long ago and never settled was interrupted mid-send (no provider call lasts this long). */
const SENDING_LEASE_MS = 10 * 60_000;

/** Notices taken per query, and texts in flight at once. */
const TAKE = 50;
const AT_ONCE = 10;

export interface PolicyNoticeSendResult {
  readonly sent: number;
  readonly noContactPhone: number;
  /** Not texted: restricted from policy benefits on the day it was to go. */
  readonly withheld: number;
  /** Refused, to be tried again later. */
  readonly retrying: number;
  /** Failed for good in this pass: refused on the last try, or found interrupted. */
  readonly failed: number;
}

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Texts each pending policy notice through the outbound-message port, outside any transaction (a provider call
 * never holds the database), every second and whenever a test asks; a notice's first try comes `NOTICE_HOLD_MS`
 * after it arrived.
 *
 * Before each try it checks liaison's own replica of credit's restrictions, as every context does before it acts
 * (一处失信、处处受限): an enterprise restricted from policy benefits that day is not texted — the notice is
 * withheld, naming the record — whether the restriction reached the service centre before its list or after.
 *
 * At most once per notice: it is marked `sending` (its try counted) before the provider is called and settled
 * after, so a sender stopped in between leaves it `sending`, and the next pass fails it as interrupted instead of
 * texting the enterprise a second time. A refusal the provider answers is tried again after 1 and 10 minutes,
 * then fails. A notice without a contact mobile is settled at once. One enterprise's failure stops nobody else's.
 */
@Injectable()
export class PolicyNoticeSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PolicyNoticeSender');
  private readonly timer: PeriodicPass<PolicyNoticeSendResult>;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly messages: OutboundMessages,
    @Inject(LiaisonCreditRestrictions) private readonly restrictions: RestrictionsLookup,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.pass(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(1_000);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }

  /** A whole pass, after the one under way: the notices due when it was asked are settled or rescheduled. */
  run(): Promise<PolicyNoticeSendResult> {
    return this.timer.runNow();
  }

  private async pass(): Promise<PolicyNoticeSendResult> {
    const now = this.clock.now();
    const at = now.toISOString();
    const tally = { sent: 0, noContactPhone: 0, withheld: 0, retrying: 0, failed: 0 };
    tally.failed += await failInterrupted(
      this.db,
      new Date(now.getTime() - SENDING_LEASE_MS).toISOString(),
      at,
    );
    for (let taken = await takeDue(this.db, at, TAKE); taken.length > 0 && !this.timer.stopped;) {
      for (let i = 0; i < taken.length; i += AT_ONCE)
        for (const outcome of await Promise.all(taken.slice(i, i + AT_ONCE).map((n) => this.deliver(n, now))))
          tally[outcome]++;
      taken = this.timer.stopped ? [] : await takeDue(this.db, at, TAKE);
    }
    return tally;
  }

  private async deliver(notice: TakenNotice, now: Date): Promise<keyof PolicyNoticeSendResult> {
    const at = now.toISOString();
    const restriction = await this.restrictions.inForce(
      notice.creditCode,
      'policy-benefits',
      chinaDateOf(now),
    );
    if (restriction !== null) {
      await settle(this.db, notice, 'withheld', { withheldBy: restriction.documentNumber }, at);
      return 'withheld';
    }
    if (notice.contactPhone === null) {
      await settle(this.db, notice, 'no-contact-phone', {}, at);
      return 'noContactPhone';
    }
    try {
      await this.messages.send(policyNoticeMessage(notice.contactPhone, notice));
    } catch (failure) {
      const error = reasonOf(failure);
      const masked = maskPhone(notice.contactPhone);
      const delay = NOTICE_RETRY_DELAYS_MS[notice.attempt - 1];
      if (notice.attempt >= MAX_ATTEMPTS || delay === undefined) {
        this.logger.warn(`Policy notice ${notice.policyId} to ${masked} failed for good: ${error}`);
        await settle(this.db, notice, 'failed', { error }, at);
        return 'failed';
      }
      this.logger.warn(
        `Policy notice ${notice.policyId} to ${masked} refused (try ${notice.attempt}): ${error}`,
      );
      await retryLater(this.db, notice, error, new Date(now.getTime() + delay).toISOString(), at);
      return 'retrying';
    }
    await settle(this.db, notice, 'sent', { sentTo: maskPhone(notice.contactPhone) }, at);
    return 'sent';
  }
}
