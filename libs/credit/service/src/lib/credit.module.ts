import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { CorrectRecordController } from './commands/correct-record/correct-record.controller';
import { RecordIntegrityController } from './commands/record-integrity/record-integrity.controller';
import { DisclosurePeriodController } from './queries/disclosure-period/disclosure-period.controller';
import { creditIntegrationMapper } from './integration/credit-integration.mapper';

/**
 * The credit context. It needs only the EventSourcingModule's tokens, the ContextRegistry and identity's
 * access guard, so the one-process app and apps/credit-service mount it alike. Projections and consumers
 * are registered here too (see the service-centre module for a consumer of another context's events).
 */
@Module({ controllers: [RecordIntegrityController, CorrectRecordController, DisclosurePeriodController] })
export class CreditModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(creditIntegrationMapper);
  }
}
