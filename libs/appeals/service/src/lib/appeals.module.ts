import { type DynamicModule, Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { AppealsPolicyController } from './application/appeals-policy.controller';
import { APPEALS_OPTIONS, type AppealsOptions } from './appeals.options';
import { AppealsPolicyService } from './application/appeals-policy.service';
import { DefaultOwnerCheck } from './application/default-owner.check';
import { ReceiptVerifier } from './application/receipt-verifier.service';
import { RequestAccessService } from './application/request-access.service';
import { RequestCommandRunner } from './application/request-command.runner';
import { RequestCommandsService } from './application/request-commands.service';
import { RequestViewsService } from './application/request-views.service';
import { UnitDirectory } from './application/unit-directory.service';
import { DepartmentLedgerController } from './commands/department-ledger/department-ledger.controller';
import { FollowUpRatingController } from './commands/follow-up-rating/follow-up-rating.controller';
import { GiveFeedbackController } from './commands/give-feedback/give-feedback.controller';
import { HandleRequestController } from './commands/handle-request/handle-request.controller';
import { LinkRequestsController } from './commands/link-requests/link-requests.controller';
import { RouteRequestController } from './commands/route-request/route-request.controller';
import { SubmitRequestController } from './commands/submit-request/submit-request.controller';
import {
  LiaisonProblemIntake,
  LiaisonVisitProblemsConsumer,
} from './consumers/liaison-visit-problems/liaison-visit-problems.consumer';
import { LiaisonConflictsConsumer } from './consumers/liaison-conflicts/liaison-conflicts.consumer';
import { StaffConflictsReplica } from './consumers/liaison-conflicts/staff-conflicts.replica';
import { SuperviseRequestController } from './commands/supervise-request/supervise-request.controller';
import { AppealsDemoDataSeeder } from './demo-data/appeals-demo-data.seeder';
import { appealsIntegrationMapper } from './integration/appeals-integration.mapper';
import { appealsOversightMapper } from './integration/appeals-oversight.mapper';
import { performanceProjection } from './projections/rates/performance.projection';
import { requestsProjection } from './projections/requests/requests.projection';
import { ExportsController } from './queries/exports/exports.controller';
import { Open311Controller } from './queries/open311/open311.controller';
import { RatesController } from './queries/rates/rates.controller';
import { RequestQueriesController } from './queries/request-list/request-queries.controller';
import { TrackRequestController } from './queries/track-request/track-request.controller';
import { DeadlineScheduler } from './scheduler/deadline-scheduler';
import {
  APPEALS_SCHEDULER_OPTIONS,
  type AppealsSchedulerOptions,
} from './scheduler/deadline-scheduler.options';

/** The appeals context (企业诉求): intake, routing, clocks, supervision, feedback, rates and exports. */
@Module({})
export class AppealsModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  static forRoot(
    options: AppealsSchedulerOptions & AppealsOptions & { readonly demoData: boolean },
  ): DynamicModule {
    return {
      module: AppealsModule,
      controllers: [
        // Static paths before parameterised ones, so /appeals/requests/:id never swallows them.
        TrackRequestController,
        RatesController,
        ExportsController,
        Open311Controller,
        AppealsPolicyController,
        DepartmentLedgerController,
        SubmitRequestController,
        RequestQueriesController,
        RouteRequestController,
        HandleRequestController,
        SuperviseRequestController,
        GiveFeedbackController,
        FollowUpRatingController,
        LinkRequestsController,
        LiaisonVisitProblemsConsumer,
        LiaisonConflictsConsumer,
      ],
      providers: [
        { provide: APPEALS_SCHEDULER_OPTIONS, useValue: { intervalMs: options.intervalMs } },
        {
          provide: APPEALS_OPTIONS,
          useValue: {
            defaultOwnerUnitId: options.defaultOwnerUnitId,
            defaultOwnerDirectory: options.defaultOwnerDirectory,
          } satisfies AppealsOptions,
        },
        DefaultOwnerCheck,
        AppealsPolicyService,
        RequestCommandsService,
        RequestAccessService,
        RequestCommandRunner,
        RequestViewsService,
        ReceiptVerifier,
        UnitDirectory,
        DeadlineScheduler,
        LiaisonProblemIntake,
        StaffConflictsReplica,
        ...(options.demoData ? [AppealsDemoDataSeeder] : []),
      ],
      exports: [RequestCommandsService, DeadlineScheduler, AppealsPolicyService, LiaisonProblemIntake],
    };
  }

  onModuleInit(): void {
    this.registry.registerProjection(requestsProjection);
    this.registry.registerProjection(performanceProjection);
    this.registry.registerMapper(appealsIntegrationMapper);
    // After the main mapper: on a request's key its oversight event follows the request's own.
    this.registry.registerMapper(appealsOversightMapper);
  }
}
