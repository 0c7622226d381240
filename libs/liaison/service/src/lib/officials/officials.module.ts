import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { ConflictsModule } from '../integrity/declarations/conflicts.module';
import { LiaisonSettingsService } from './application/liaison-settings.service';
import { OfficialsService } from './application/officials.service';
import { PairingRegisterService } from './application/pairing-register.service';
import { LiaisonSettingsController } from './commands/liaison-settings.controller';
import { OfficialsController } from './commands/officials.controller';
import { PairingsController } from './commands/pairings.controller';
import { VisitsController } from './commands/visits.controller';
import {
  LiaisonCreditRestrictions,
  LiaisonCreditRestrictionsConsumer,
} from './consumers/credit-restrictions.replica';
import { VisitProblemOutcomesConsumer } from './consumers/visit-problem-outcomes.consumer';
import { officialsProjection } from './projections/officials.projection';
import { ComplianceController } from './queries/compliance.controller';
import { ConductBreachesController } from './queries/conduct-breaches.controller';
import { MyLiaisonController } from './queries/my-liaison.controller';

/**
 * Officials, pairings (结对联系), visits and the problems they raise, quota compliance — a part of the liaison
 * context, imported by LiaisonModule. `OfficialsService.superiorOf` is exported for interaction filings.
 */
@Module({
  imports: [ConflictsModule],
  controllers: [
    LiaisonSettingsController,
    OfficialsController,
    PairingsController,
    VisitsController,
    ComplianceController,
    ConductBreachesController,
    MyLiaisonController,
    VisitProblemOutcomesConsumer,
    LiaisonCreditRestrictionsConsumer,
  ],
  providers: [LiaisonSettingsService, OfficialsService, PairingRegisterService, LiaisonCreditRestrictions],
  exports: [LiaisonSettingsService, OfficialsService, PairingRegisterService],
})
export class OfficialsModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerProjection(officialsProjection);
  }
}
