import {
  type DynamicModule,
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
import { BoardDrafter } from './application/board-drafter';
import { CREDIT_SETTINGS, type CreditSettings, DEFAULT_CREDIT_SETTINGS } from './application/credit-settings';
import { DraftBoardController } from './commands/draft-board/draft-board.controller';
import { EvaluateCleanEnterpriseController } from './commands/evaluate-clean-enterprise/evaluate-clean-enterprise.controller';
import { SignPledgeController } from './commands/sign-pledge/sign-pledge.controller';
import { boardsProjection } from './projections/boards/boards.projection';
import { cleanEnterpriseProjection } from './projections/clean-enterprise/clean-enterprise.projection';
import { pledgesProjection } from './projections/pledges/pledges.projection';
import { BoardsController } from './queries/boards/boards.controller';
import { CleanEnterpriseController } from './queries/clean-enterprise/clean-enterprise.controller';
import { PledgesController } from './queries/pledges/pledges.controller';
import { BoardScheduler } from './scheduler/board-scheduler';

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
    LiaisonDirectoryConsumer,
    DraftBoardController,
    BoardsController,
    SignPledgeController,
    PledgesController,
    EvaluateCleanEnterpriseController,
    CleanEnterpriseController,
  ],
  providers: [
    PenaltyImporter,
    PublicationScheduler,
    DirectoryReplica,
    BoardDrafter,
    BoardScheduler,
    { provide: CREDIT_SETTINGS, useValue: DEFAULT_CREDIT_SETTINGS },
  ],
})
export class CreditModule implements OnModuleInit, NestModule {
  constructor(private readonly registry: ContextRegistry) {}

  /**
   * The module with settings other than the defaults (CREDIT_BOARD_PERIOD in the apps' configuration). Global,
   * so that the demo data (CreditDemoDataModule, mounted beside it) drafts boards with the same settings.
   */
  static forRoot(settings: Partial<CreditSettings>): DynamicModule {
    return {
      module: CreditModule,
      global: true,
      providers: [{ provide: CREDIT_SETTINGS, useValue: { ...DEFAULT_CREDIT_SETTINGS, ...settings } }],
      exports: [CREDIT_SETTINGS, BoardDrafter],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(creditIntegrationMapper);
    this.registry.registerProjection(integrityFileProjection);
    this.registry.registerProjection(boardsProjection);
    this.registry.registerProjection(pledgesProjection);
    this.registry.registerProjection(cleanEnterpriseProjection);
  }

  configure(consumer: MiddlewareConsumer): void {
    // The import takes the file (CSV or XLSX) as the raw body; the platform's JSON parser leaves it alone.
    consumer
      .apply(raw({ type: [...PENALTY_FILE_TYPES], limit: PENALTY_IMPORT_BODY_LIMIT }))
      .forRoutes({ path: 'credit/records/import', method: RequestMethod.POST });
  }
}
