import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnModuleInit,
  RequestMethod,
} from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { raw } from 'express';
import { DirectoryReplica } from './consumers/liaison-directory/directory.replica';
import { LiaisonDirectoryConsumer } from './consumers/liaison-directory/liaison-directory.consumer';
import { CorrectRecordController } from './commands/correct-record/correct-record.controller';
import {
  ImportPenaltiesController,
  PENALTY_FILE_TYPES,
  PENALTY_IMPORT_BODY_LIMIT,
} from './commands/import-penalties/import-penalties.controller';
import { PenaltyImporter } from './commands/import-penalties/penalty-importer';
import { RecordIntegrityController } from './commands/record-integrity/record-integrity.controller';
import { creditIntegrationMapper } from './integration/credit-integration.mapper';
import { integrityFileProjection } from './projections/integrity-file/integrity-file.projection';
import { IntegrityFileController } from './queries/integrity-file/integrity-file.controller';
import { PublicationScheduler } from './scheduler/publication-scheduler';
import { DisclosurePeriodController } from './queries/disclosure-period/disclosure-period.controller';
import { RestrictionLifter } from './commands/lift-restriction/restriction-lifter';
import { restrictionsProjection } from './projections/restrictions/restrictions.projection';
import { RestrictionsController } from './queries/restrictions/restrictions.controller';
import { RecordFactsConsumer } from './reactors/restrictions/record-facts.consumer';
import { RestrictionIntake } from './reactors/restrictions/restriction-intake';
import { fixedRestrictionSettings, RESTRICTION_SETTINGS } from './reactors/restrictions/restriction-settings';

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
    DisclosurePeriodController,
    RestrictionsController,
    // The restriction reactor: credit's own public record events, over the bus like any consumer's.
    RecordFactsConsumer,
    LiaisonDirectoryConsumer,
  ],
  providers: [
    PenaltyImporter,
    PublicationScheduler,
    DirectoryReplica,
    RestrictionIntake,
    RestrictionLifter,
    { provide: RESTRICTION_SETTINGS, useValue: fixedRestrictionSettings() },
  ],
  exports: [RestrictionIntake, RestrictionLifter],
})
export class CreditModule implements OnModuleInit, NestModule {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(creditIntegrationMapper);
    this.registry.registerProjection(integrityFileProjection);
    this.registry.registerProjection(restrictionsProjection);
  }

  configure(consumer: MiddlewareConsumer): void {
    // The import takes the file (CSV or XLSX) as the raw body; the platform's JSON parser leaves it alone.
    consumer
      .apply(raw({ type: [...PENALTY_FILE_TYPES], limit: PENALTY_IMPORT_BODY_LIMIT }))
      .forRoutes({ path: 'credit/records/import', method: RequestMethod.POST });
  }
}
