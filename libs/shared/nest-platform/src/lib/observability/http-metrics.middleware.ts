import type { NextFunction, Request, Response } from 'express';
import { isUntracedRoute } from './logging.module';
import type { MetricsService } from './metrics.service';

/**
 * Times every HTTP request from its arrival to the last byte of its answer, by route template (not raw path,
 * which would explode label cardinality; 'unmatched' when no route took it) and the status it was answered with
 * — refusals by the access guard and by validation included. A plain Express middleware rather than a Nest
 * interceptor: an interceptor puts every request through Nest's interceptor chain (rxjs, async resources) only
 * to start and stop a timer.
 */
export const httpMetricsMiddleware =
  (metrics: MetricsService) =>
  (request: Request, response: Response, next: NextFunction): void => {
    // An untraced route (anonymous misconduct reports) is not counted either: a counter scraped every few
    // seconds would date each report to the scrape interval.
    if (isUntracedRoute(request.originalUrl)) return next();
    const stop = metrics.httpRequestDuration.startTimer();
    response.once('finish', () =>
      stop({
        method: request.method,
        route: (request.route as { path?: string } | undefined)?.path ?? 'unmatched',
        status: String(response.statusCode),
      }),
    );
    next();
  };
