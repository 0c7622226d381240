import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Observable, finalize } from 'rxjs';
import { MetricsService } from './metrics.service';

/** Times every HTTP request by route template (not raw path, which would explode label cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const stop = this.metrics.httpRequestDuration.startTimer({
      method: request.method,
      route: (request.route as { path?: string } | undefined)?.path ?? 'unmatched',
    });
    return next
      .handle()
      .pipe(finalize(() => stop({ status: String(http.getResponse<Response>().statusCode) })));
  }
}
