import { Ctx, Payload } from '@nestjs/microservices';
import {
  InteractionFilingDecidedV1,
  InteractionFilingFiledV1,
  InteractionFilingReportedV1,
  InteractionFilingReportOverdueV1,
  InteractionFilingStaffActedV1,
} from '@qinqing/liaison/contracts';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { OfficialActivityConsumer, type ReplicaEvent } from './official-activity.replica';

export const OFFICIAL_FILINGS_CONSUMER = 'service-centre.official-filings';

/**
 * Liaison's interaction filings (政商交往报备) for the flagged review: each filing's public facts and how it went,
 * and per account who filed or decided it (the oversight event), in the inbox's transaction (exactly once). A
 * filing's events share its key, so they arrive in order; the accounts are joined to the facts when read.
 */
@EventConsumer(OFFICIAL_FILINGS_CONSUMER)
export class OfficialFilingsConsumer extends OfficialActivityConsumer {
  @IntegrationEventPattern(InteractionFilingFiledV1)
  async filed(
    @Payload() event: ReplicaEvent<typeof InteractionFilingFiledV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await this.write(
      context,
      `INSERT INTO service_centre_filings (filing_id, activity_kind, organiser_kind, credit_codes, event_date, outcome)
       VALUES ($1, $2, $3, $4, $5, 'requested') ON CONFLICT (filing_id) DO NOTHING`,
      [d.filingId, d.activityKind, d.organiserKind, d.enterpriseCreditCodes, d.eventDate],
    );
  }

  @IntegrationEventPattern(InteractionFilingDecidedV1)
  async decided(
    @Payload() event: ReplicaEvent<typeof InteractionFilingDecidedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.write(
      context,
      'UPDATE service_centre_filings SET outcome = $2, report_due = $3 WHERE filing_id = $1',
      [event.data.filingId, event.data.outcome, event.data.reportDue],
    );
  }

  @IntegrationEventPattern(InteractionFilingReportOverdueV1)
  async overdue(
    @Payload() event: ReplicaEvent<typeof InteractionFilingReportOverdueV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.write(
      context,
      `UPDATE service_centre_filings SET report = 'overdue' WHERE filing_id = $1 AND report IS NULL`,
      [event.data.filingId],
    );
  }

  @IntegrationEventPattern(InteractionFilingReportedV1)
  async reported(
    @Payload() event: ReplicaEvent<typeof InteractionFilingReportedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.write(
      context,
      'UPDATE service_centre_filings SET report = $2, conduct_kept = $3 WHERE filing_id = $1',
      [event.data.filingId, event.data.late ? 'reported-late' : 'reported', event.data.conductKept],
    );
  }

  @IntegrationEventPattern(InteractionFilingStaffActedV1)
  async staffActed(
    @Payload() event: ReplicaEvent<typeof InteractionFilingStaffActedV1>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    await this.write(
      context,
      `INSERT INTO service_centre_official_filings (account_id, filing_id, role, acted_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, filing_id) DO NOTHING`,
      [d.accountId, d.filingId, d.action === 'filed' ? 'filed' : 'decided', d.actedAt],
    );
  }
}
