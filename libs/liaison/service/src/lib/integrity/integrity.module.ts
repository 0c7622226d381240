import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { FilingCommandsService } from './interaction-filings/filing-commands.service';
import { filingsProjection } from './interaction-filings/filings.projection';
import { InteractionFilingsController } from './interaction-filings/filings.controller';
import { OverdueFilingSweep } from './interaction-filings/overdue-filing.sweep';
import { NegativeListsController } from './negative-lists/negative-lists.controller';
import { DeclarationsController } from './declarations/declarations.controller';
import { OfficialsModule } from '../officials/officials.module';
import { ConflictsModule } from './declarations/conflicts.module';
import { SymposiaController } from './symposia/symposia.controller';
import { FaultReviewsController } from './fault-tolerance/fault-reviews.controller';
import { faultReviewsProjection } from './fault-tolerance/fault-reviews.projection';
import { symposiaProjection } from './symposia/symposia.projection';

/**
 * Interaction filings, negative lists, conflicts of interest and recusal, symposia and fault-tolerance reviews
 * (issue 13): one module the liaison module imports, so the other parts of the context merge beside it.
 * It needs the calendar port (CalendarInForce): the app mounts CalendarModule.
 */
@Module({
  imports: [ConflictsModule, OfficialsModule],
  controllers: [
    NegativeListsController,
    InteractionFilingsController,
    DeclarationsController,
    SymposiaController,
    FaultReviewsController,
  ],
  providers: [FilingCommandsService, OverdueFilingSweep],
})
export class LiaisonIntegrityModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerProjection(filingsProjection);
    this.registry.registerProjection(symposiaProjection);
    this.registry.registerProjection(faultReviewsProjection);
  }
}
