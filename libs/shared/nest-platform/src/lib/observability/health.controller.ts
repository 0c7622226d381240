import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';
import { ReadinessRegistry } from './readiness.registry';

/** Liveness, readiness and Prometheus metrics, outside the /api prefix where orchestrators expect them. */
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: MetricsService,
  ) {}

  /** Alive: the process answers. Restart it if this fails. */
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready: the store answers and every projection and consumer is running without error. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) response: Response): Promise<unknown> {
    const result = await this.readiness.run();
    response.status(result.ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: result.ready ? 'ready' : 'not-ready', checks: result.checks };
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
