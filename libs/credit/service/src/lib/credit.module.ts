import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { raw } from 'express';
import { CorrectRecordController } from './commands/correct-record/correct-record.controller';
import {
  ImportPenaltiesController,
  PENALTY_CSV_TYPES,
  PENALTY_IMPORT_BODY_LIMIT,
} from './commands/import-penalties/import-penalties.controller';
import { PenaltyImporter } from './commands/import-penalties/penalty-importer';
import { RecordIntegrityController } from './commands/record-integrity/record-integrity.controller';
import { creditIntegrationMapper } from './integration/credit-integration.mapper';
import { integrityFileProjection } from './projections/integrity-file/integrity-file.projection';
import { IntegrityFileController } from './queries/integrity-file/integrity-file.controller';
import { MyRecordsController } from './queries/my-records/my-records.controller';
import { PublicationScheduler } from './scheduler/publication-scheduler';
import { DisclosurePeriodController } from './queries/disclosure-period/disclosure-period.controller';

/**
 * The credit context. It needs only the EventSourcingModule's tokens, the ContextRegistry and identity's
 * access guard, so the one-process app and apps/credit-service mount it alike.
 */
@Module({
  controllers: [
    RecordIntegrityController,
    CorrectRecordController,
    ImportPenaltiesController,
    IntegrityFileController,
    MyRecordsController,
    DisclosurePeriodController,
  ],
  providers: [PenaltyImporter, PublicationScheduler],
})
export class CreditModule implements OnModuleInit, NestModule {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(creditIntegrationMapper);
    this.registry.registerProjection(integrityFileProjection);
  }

  configure(consumer: MiddlewareConsumer): void {
    // The import takes the file as the raw body; the platform's JSON parser leaves it alone.
    consumer
      .apply(raw({ type: [...PENALTY_CSV_TYPES], limit: PENALTY_IMPORT_BODY_LIMIT }))
      .forRoutes({ path: 'credit/records/import', method: RequestMethod.POST });
  }
}
