import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { FollowUpView } from '@qinqing/service-centre/contracts';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE, TooManyAttemptsException } from '@qinqing/shared/nest-platform';
import { FollowUpThrottle } from './follow-up-throttle';
import { PassphraseHashing } from './passphrase-hashing';
import { receiptHashOf } from './receipt-codes';
import { ReportIntakeStore } from './report-intake.store';

/** The one answer to a wrong code, a wrong passphrase or both: it never tells which. */
const noSuchReceipt = () =>
  new NotFoundException({
    error: 'receipt-not-found',
    message: {
      zh: '回执码或查询口令不正确',
      en: 'The receipt code or the passphrase is wrong',
    },
  });

/** Reads a report back for its reporter, after the receipt code and passphrase are checked. */
@Injectable()
export class ReportFollowUp {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly intake: ReportIntakeStore,
    private readonly throttle: FollowUpThrottle,
    private readonly hashing: PassphraseHashing,
  ) {}

  /**
   * The report id behind a receipt code and passphrase; 404 for anything wrong, 429 when throttled, 503 when
   * the process has too many passphrase checks in hand.
   */
  async verified(receiptCode: string, passphrase: string): Promise<string> {
    const receiptHash = receiptHashOf(receiptCode);
    const now = this.clock.now().getTime();
    if (this.throttle.blocked(receiptHash, now))
      throw new TooManyAttemptsException(900, 'receipt-throttled', () => ({
        zh: '尝试次数过多，请15分钟后再试',
        en: 'Too many attempts; try again in 15 minutes',
      }));
    const receipt = await this.intake.receipt(receiptHash);
    const matches = await this.hashing.matches(receipt?.passphraseHash ?? null, passphrase);
    if (receipt === null || !matches) {
      this.throttle.recordFailure(receiptHash, now);
      throw noSuchReceipt();
    }
    this.throttle.reset(receiptHash);
    return receipt.reportId;
  }

  /** What the reporter may read: status, answers and their own information — never who read it or the desk's notes. */
  async view(reportId: string): Promise<FollowUpView & { readonly channel: string | null }> {
    const report = await this.db.query<{ status: 'open' | 'concluded'; filed_on: string; channel: string }>(
      `SELECT status, filed_on::text AS filed_on, channel FROM service_centre_misconduct_reports
       WHERE report_id = $1`,
      [reportId],
    );
    const row = report.rows[0];
    const entries = await this.db.query<{ kind: string; text: string; on_day: string }>(
      `SELECT kind, text, on_day::text AS on_day FROM service_centre_misconduct_report_entries
       WHERE report_id = $1 ORDER BY revision LIMIT 200`,
      [reportId],
    );
    const pending = await this.intake.pendingOf(reportId);
    const of = (kind: string) =>
      entries.rows.filter((e) => e.kind === kind).map((e) => ({ text: e.text, on: e.on_day.slice(0, 10) }));
    return {
      status: row?.status ?? 'received',
      filedOn: row === undefined ? null : row.filed_on.slice(0, 10),
      answers: of('answer'),
      information: of('information'),
      pendingInformation: pending.information,
      channel: row?.channel ?? null,
    };
  }
}
