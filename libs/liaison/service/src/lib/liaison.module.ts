import { Module, type OnModuleInit } from '@nestjs/common';
import { ContextRegistry } from '@qinqing/shared/nest-platform';
import { OpenEnterpriseController } from './commands/open-enterprise/open-enterprise.controller';
import { liaisonIntegrationMapper } from './integration/liaison-integration.mapper';
import { LiaisonIntegrityModule } from './integrity/integrity.module';

/**
 * The liaison context. It needs only the EventSourcingModule's tokens, the ContextRegistry and identity's
 * access guard, so the one-process app and apps/liaison-service mount it alike. Projections and consumers
 * are registered here too (see the service-centre module for a consumer of another context's events).
 */
@Module({
  imports: [LiaisonIntegrityModule],
  controllers: [OpenEnterpriseController],
})
export class LiaisonModule implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(liaisonIntegrationMapper);
  }
}
