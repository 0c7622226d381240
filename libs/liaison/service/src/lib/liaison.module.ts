import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { DivisionDirectory } from './application/division-directory.service';
import { CorrectEnterpriseDetailsController } from './commands/correct-enterprise-details/correct-enterprise-details.controller';
import { RegisterEnterpriseController } from './commands/register-enterprise/register-enterprise.controller';
import { liaisonIntegrationMapper } from './integration/liaison-integration.mapper';
import { directoryProjection } from './projections/directory/directory.projection';
import { DirectoryController } from './queries/directory/directory.controller';
import { SizeClassController } from './queries/size-class/size-class.controller';

/**
 * The liaison context. It needs only the EventSourcingModule's tokens, the ContextRegistry and identity's
 * access guard, so the one-process app and apps/liaison-service mount it alike. Projections and consumers
 * are registered here too (see the service-centre module for a consumer of another context's events).
 */
@Module({
  controllers: [
    RegisterEnterpriseController,
    CorrectEnterpriseDetailsController,
    SizeClassController,
    // After SizeClassController: GET enterprises/size-class is not a credit code.
    DirectoryController,
  ],
  providers: [DivisionDirectory],
})
export class LiaisonModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(liaisonIntegrationMapper);
    this.registry.registerProjection(directoryProjection);
  }
}
