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
import { MyRecordsController } from './queries/my-records/my-records.controller';
import { PublicationScheduler } from './scheduler/publication-scheduler';
import { DisclosurePeriodController } from './queries/disclosure-period/disclosure-period.controller';
import { RestrictionLifter } from './commands/lift-restriction/restriction-lifter';
import { restrictionsProjection } from './projections/restrictions/restrictions.projection';
import { RestrictionsController } from './queries/restrictions/restrictions.controller';
import { RecordFactsConsumer } from './reactors/restrictions/record-facts.consumer';
import { RestrictionIntake } from './reactors/restrictions/restriction-intake';
import { fixedRestrictionSettings, RESTRICTION_SETTINGS } from './reactors/restrictions/restriction-settings';
import { CreditCasesService } from './application/credit-cases.service';
import { ApplyForRepairController } from './commands/apply-for-repair/apply-for-repair.controller';
import { DecideObjectionController } from './commands/decide-objection/decide-objection.controller';
import { DecideRepairController } from './commands/decide-repair/decide-repair.controller';
import { FileObjectionController } from './commands/file-objection/file-objection.controller';
import { RetractObjectionController } from './commands/retract-objection/retract-objection.controller';
import { CREDIT_OPTIONS, type CreditOptions } from './credit.options';
import { creditCasesProjection } from './projections/credit-cases/credit-cases.projection';
import { CommitmentTextController } from './queries/commitment-text/commitment-text.controller';
import { ObjectionListController } from './queries/credit-cases/objection-list.controller';
import { RepairListController } from './queries/credit-cases/repair-list.controller';
import { BoardDrafter } from './application/board-drafter';
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
 * The credit context, mounted with `CreditModule.forRoot(options)` (its time limits, credit.env.ts). It needs
 * the EventSourcingModule's tokens, the ContextRegistry, identity's access guard and the calendar port
 * (`CalendarInForce`: the app mounts CalendarModule), so the one-process app and apps/credit-service mount it
 * alike.
 */
@Module({
  controllers: [
    RecordIntegrityController,
    CorrectRecordController,
    ImportPenaltiesController,
    IntegrityFileController,
    MyRecordsController,
    DisclosurePeriodController,
    RestrictionsController,
    // The restriction reactor: credit's own public record events, over the bus like any consumer's.
    RecordFactsConsumer,
    FileObjectionController,
    DecideObjectionController,
    RetractObjectionController,
    ApplyForRepairController,
    DecideRepairController,
    ObjectionListController,
    RepairListController,
    CommitmentTextController,
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
    CreditCasesService,
    RestrictionIntake,
    RestrictionLifter,
    { provide: RESTRICTION_SETTINGS, useValue: fixedRestrictionSettings() },
  ],
  exports: [RestrictionIntake, RestrictionLifter],
})
export class CreditModule implements OnModuleInit, NestModule {
  constructor(private readonly registry: ContextRegistry) {}

  /**
   * The module with its settings (credit.env.ts: the time limits, the board's period). Global, so that the demo
   * data (CreditDemoDataModule, mounted beside it) decides and drafts with the same settings.
   */
  static forRoot(options: CreditOptions): DynamicModule {
    return {
      module: CreditModule,
      global: true,
      providers: [{ provide: CREDIT_OPTIONS, useValue: options }],
      exports: [CREDIT_OPTIONS, BoardDrafter, CreditCasesService],
    };
  }

  onModuleInit(): void {
    this.registry.registerMapper(creditIntegrationMapper);
    this.registry.registerProjection(integrityFileProjection);
    this.registry.registerProjection(restrictionsProjection);
    this.registry.registerProjection(creditCasesProjection);
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
