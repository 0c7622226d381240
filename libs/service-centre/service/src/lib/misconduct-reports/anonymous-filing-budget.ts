import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK, FixedWindowBudget, ServiceBusyException } from '@qinqing/shared/nest-platform';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';

/**
 * Anonymous filings per minute for the whole process (setting `SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE`),
 * in memory only: a per-caller budget would need the caller's address or device, which an anonymous report
 * must not keep, and a budget in the database would write the time of every filing. It bounds what a flood
 * can cost — hashes, intake rows, the pass's work — and while it is spent genuine reporters wait too, with a
 * 503 saying how long (no more than the rest of the minute).
 */
@Injectable()
export class AnonymousFilingBudget {
  private readonly budget: FixedWindowBudget;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CENTRE_OPTIONS) options: ServiceCentreOptions,
  ) {
    this.budget = new FixedWindowBudget(options.anonymousReportsPerMinute, 60_000);
  }

  /** Counts one filing, or refuses it with 503 `reports-busy` and the seconds to the next minute. */
  take(): void {
    const wait = this.budget.take(this.clock.now().getTime());
    if (wait > 0)
      throw new ServiceBusyException(wait, 'reports-busy', (seconds) => ({
        zh: `本分钟受理的匿名举报已达上限，请${seconds}秒后再试`,
        en: `The anonymous reports this minute have reached their limit; try again in ${seconds} seconds`,
      }));
  }
}
