import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HealthController } from './health.controller';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsService } from './metrics.service';
import { ReadinessRegistry } from './readiness.registry';

/** Health endpoints, readiness checks and metrics: mounted by every app. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [
    MetricsService,
    ReadinessRegistry,
    { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
  ],
  exports: [MetricsService, ReadinessRegistry],
})
export class ObservabilityModule {}
