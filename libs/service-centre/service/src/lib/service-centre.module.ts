import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ContextRegistry, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { requestStatsConsumer } from './consumers/request-stats/request-stats.consumer';
import { RequestStatsController } from './queries/request-stats/request-stats.controller';

/**
 * The 亲清家园 service-centre context. Needs only the EventSourcingModule's tokens and the ContextRegistry, so
 * the embedded app and a service of its own over Kafka mount it alike.
 */
@Module({ controllers: [RequestStatsController] })
export class ServiceCentreModule implements OnModuleInit {
  constructor(
    private readonly registry: ContextRegistry,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  /**
   * Consumers have no setup hook of their own (projections do); the tables are created here, before the
   * host starts the bus at application bootstrap.
   */
  async onModuleInit(): Promise<void> {
    await requestStatsConsumer.setup(this.db);
    this.registry.registerConsumer(requestStatsConsumer);
  }
}
