import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { correlationMiddleware } from '../observability/correlation-id';
import { httpMetricsMiddleware } from '../observability/http-metrics.middleware';
import { MetricsService } from '../observability/metrics.service';
import { HttpExceptionFilter } from './http-exception.filter';
import { malformedBodyHandler } from './malformed-body';
import { securityHeaders } from './security-headers';
import { storableTextMiddleware } from './storable-text.middleware';

export interface HttpAppOptions {
  readonly title: string;
  readonly description: string;
  readonly version: string;
  /** Largest accepted JSON body. */
  readonly bodyLimit?: string;
  /**
   * Middleware that must see requests before bodies are parsed (the gateway streams bodies to services
   * untouched). The app's providers are available (`app.get`).
   */
  readonly beforeBodyParsing?: (app: NestExpressApplication) => void;
}

/** The app's MetricsService when it mounts the ObservabilityModule (the gateway does not). */
const metricsOf = (app: NestExpressApplication): MetricsService | null => {
  try {
    return app.get(MetricsService, { strict: false });
  } catch {
    return null;
  }
};

/**
 * Creates a Nest app the way every deployable of the platform runs: pino logs, every request timed by route
 * (http_request_duration_seconds), /api prefix (health and metrics stay at the root), one error shape, OpenAPI at /api/docs, graceful shutdown.
 */
export const createHttpApp = async (
  module: Parameters<typeof NestFactory.create>[0],
  options: HttpAppOptions,
): Promise<NestExpressApplication> => {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(correlationMiddleware);
  const metrics = metricsOf(app);
  if (metrics !== null) app.use(httpMetricsMiddleware(metrics));
  // Before the gateway's proxy too: answers forwarded from a service carry the same headers.
  for (const handler of securityHeaders) app.use(handler);
  options.beforeBodyParsing?.(app);
  app.useBodyParser('json', { limit: options.bodyLimit ?? '256kb' });
  app.use(malformedBodyHandler);
  app.use(storableTextMiddleware);
  app.disable('x-powered-by');
  // Express would hash every answer for a weak ETag; the API's answers are no-store (nothing revalidates them)
  // and the UIs' files carry their own from the static file server.
  app.set('etag', false);
  app.setGlobalPrefix('api', { exclude: ['healthz', 'readyz', 'metrics'] });
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  // Built at the first request for it, not at every start (scanning every controller took a tenth of a second).
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(options.title)
        .setDescription(options.description)
        .setVersion(options.version)
        .build(),
    );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
};
