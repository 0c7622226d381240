import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { correlationIdFor } from './correlation-id';

/**
 * Routes whose callers must stay untraceable (anonymous misconduct reports, their follow-ups, the public report
 * page): no request
 * line is logged for them at all — no address, no user agent, no time of the request, no correlation id.
 * Errors past 500 are still logged by the exception filter, with the correlation id and the error only.
 */
export const UNTRACED_ROUTES: readonly string[] = [
  '/api/service-centre/misconduct-reports/anonymous',
  '/api/service-centre/misconduct-reports/follow-up',
  '/api/service-centre/misconduct-reports/units',
  // The public report page itself: not even a visit to it is logged.
  '/report',
];

/** The path as the router matches it: without the query, decoded, case-folded, repeated slashes collapsed. */
const routedPath = (url: string): string => {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: match on the raw path.
  }
  return decoded.toLowerCase().replace(/\/{2,}/gu, '/');
};

const untraced = (url: string): boolean => {
  const path = routedPath(url);
  return UNTRACED_ROUTES.some((route) => path === route || path.startsWith(`${route}/`));
};

/** The last URL asked about: each request asks three times (metrics, request logger, its serializer). */
let lastAsked: { readonly url: string; readonly untraced: boolean } | null = null;

export const isUntracedRoute = (url: string | undefined): boolean => {
  const asked = url ?? '';
  if (lastAsked?.url !== asked) lastAsked = { url: asked, untraced: untraced(asked) };
  return lastAsked.untraced;
};

export interface LoggingOptions {
  readonly serviceName: string;
  readonly level: string;
}

/** Structured JSON logs (pino) with the correlation id on every line and secrets redacted. */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // Named wildcard: the path-to-regexp of NestJS 11 no longer accepts a bare '*'.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: options.level,
            base: { service: options.serviceName },
            genReqId: correlationIdFor,
            customAttributeKeys: { reqId: 'correlationId' },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            // Any line logged during an untraced request (an error, say) carries nothing of its caller.
            serializers: {
              req: (req: { readonly method?: string; readonly url?: string }) =>
                isUntracedRoute(req.url) ? { method: req.method, untraced: true } : req,
            },
            autoLogging: {
              ignore: (req) =>
                ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') || isUntracedRoute(req.url),
            },
          },
        }),
      ],
    };
  }
}
