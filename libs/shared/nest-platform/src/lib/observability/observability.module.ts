import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { MetricsService } from './metrics.service';
import { ReadinessRegistry } from './readiness.registry';

/**
 * Health endpoints, readiness checks and metrics: mounted by every app (createHttpApp times each request with
 * the MetricsService it finds here).
 */
@Global()
@Module({
  controllers: [HealthController],
  providers: [MetricsService, ReadinessRegistry],
  exports: [MetricsService, ReadinessRegistry],
})
export class ObservabilityModule {}
