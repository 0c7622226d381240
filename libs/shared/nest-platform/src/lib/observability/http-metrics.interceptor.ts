import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Observable, finalize } from 'rxjs';
import { isUntracedRoute } from './logging.module';
import { MetricsService } from './metrics.service';

/** Times every HTTP request by route template (not raw path, which would explode label cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    // An untraced route (anonymous misconduct reports) is not counted either: a counter scraped every few
    // seconds would date each report to the scrape interval.
    if (isUntracedRoute(request.originalUrl)) return next.handle();
    const stop = this.metrics.httpRequestDuration.startTimer({
      method: request.method,
      route: (request.route as { path?: string } | undefined)?.path ?? 'unmatched',
    });
    return next
      .handle()
      .pipe(finalize(() => stop({ status: String(http.getResponse<Response>().statusCode) })));
  }
}
