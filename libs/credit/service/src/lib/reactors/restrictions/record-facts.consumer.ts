import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  IntegrityRecordCorrectedV1,
  IntegrityRecordedV1,
  RecordRepairedV1,
  RecordWithdrawnV1,
} from '@qinqing/credit/contracts';
import { documentNumberKey, type RestrictedRecord } from '@qinqing/credit/domain';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { RestrictionIntake } from './restriction-intake';
import { keepEnd, keepFacts, setupRestrictionIntake } from './restriction-intake.table';

export const RESTRICTION_REACTOR_CONSUMER = 'credit.restrictions';

type RecordData =
  IntegrationEventData<typeof IntegrityRecordedV1> | IntegrationEventData<typeof IntegrityRecordCorrectedV1>;

const restrictedRecord = (data: RecordData): RestrictedRecord => ({
  documentNumber: data.documentNumber,
  creditCode: data.creditCode,
  kind: data.kind,
  severity: data.severity,
  issuingAuthority: data.issuingAuthority,
  decidedOn: data.decidedOn,
  publicUntil: data.disclosure?.publicUntil ?? null,
});

/**
 * How restrictions come to be: credit reads its own public record events, like any other consumer (so it runs
 * the same over the embedded bus and Kafka), and keeps each record's latest facts — and whether it was repaired or
 * withdrawn, which lifts its restriction for good — in
 * `credit_restriction_intake`, in the inbox's transaction (exactly once). A command appends in the event
 * store's own transaction, which cannot nest in the consumer's, so `RestrictionIntake` then applies the facts to
 * the record's restriction stream (the decider is idempotent: applying twice imposes once).
 */
@EventConsumer(RESTRICTION_REACTOR_CONSUMER)
export class RecordFactsConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly intake: RestrictionIntake,
  ) {}

  onModuleInit(): Promise<void> {
    return setupRestrictionIntake(this.db);
  }

  @IntegrationEventPattern(IntegrityRecordedV1)
  async recorded(
    @Payload() event: CloudEvent<IntegrationEventData<typeof IntegrityRecordedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.keep(event, event.data.recordedAt, context);
  }

  @IntegrationEventPattern(IntegrityRecordCorrectedV1)
  async corrected(
    @Payload() event: CloudEvent<IntegrationEventData<typeof IntegrityRecordCorrectedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.keep(event, event.data.correctedAt, context);
  }

  @IntegrationEventPattern(RecordRepairedV1)
  async repaired(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RecordRepairedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.end(event, 'repaired', event.data.repairedOn, context);
  }

  @IntegrationEventPattern(RecordWithdrawnV1)
  async withdrawn(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RecordWithdrawnV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.end(event, 'record-withdrawn', event.data.withdrawnOn, context);
  }

  private async end(
    event: CloudEvent<{ readonly documentNumber: string }>,
    reason: 'repaired' | 'record-withdrawn',
    on: string,
    context: IntegrationEventContext,
  ) {
    await keepEnd(context.getTransaction(), {
      documentKey: documentNumberKey(event.data.documentNumber),
      reason,
      on,
      correlationId: event.correlationid ?? event.id,
      causationId: event.id,
    });
    this.intake.soon();
  }

  private async keep(event: CloudEvent<RecordData>, factsAt: string, context: IntegrationEventContext) {
    await keepFacts(context.getTransaction(), {
      documentKey: documentNumberKey(event.data.documentNumber),
      record: restrictedRecord(event.data),
      factsAt,
      correlationId: event.correlationid ?? event.id,
      causationId: event.id,
    });
    this.intake.soon();
  }
}
