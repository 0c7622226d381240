import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  type ActorResolver,
  ACTOR_RESOLVER,
  IDENTITY_TOKEN_HEADER,
  type IdentityTokenSigner,
} from '@qinqing/identity/service';
import {
  CORRELATION_HEADER,
  correlationIdFor,
  type ErrorBody,
  isUntracedRoute,
} from '@qinqing/shared/nest-platform';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Agent, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Logger } from '@nestjs/common';
import { routeFor, type ServiceRoute } from './service-routes';

/** Headers that describe one connection, not the message: never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const sendError = (response: Response, status: number, body: ErrorBody): void => {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.status(status).json(body);
};

/** "." and ".." segments (also percent-encoded) could make a service see another path than we routed. */
const hasDotSegments = (path: string): boolean => {
  try {
    return decodeURIComponent(path)
      .split('/')
      .some((segment) => segment === '.' || segment === '..');
  } catch {
    return true; // malformed percent-encoding
  }
};

const forwardedHeaders = (request: Request, token: string): IncomingHttpHeaders => {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) {
    // Cookies are the gateway's session credentials: services get the identity token instead.
    if (HOP_BY_HOP.has(name) || name === IDENTITY_TOKEN_HEADER || name === 'cookie') continue;
    headers[name] = value;
  }
  headers[IDENTITY_TOKEN_HEADER] = token;
  const forwardedFor = request.headers['x-forwarded-for'];
  const client = request.socket.remoteAddress ?? 'unknown';
  headers['x-forwarded-for'] = forwardedFor === undefined ? client : `${String(forwardedFor)}, ${client}`;
  headers['x-forwarded-proto'] = request.protocol;
  return headers;
};

export interface IdentityForwardingProxyOptions {
  readonly routes: readonly ServiceRoute[];
  readonly signer: IdentityTokenSigner;
  readonly timeoutMs: number;
}

/**
 * Forwards /api/<context>/… to the service that owns the context. The caller is authenticated here, from
 * the gateway's session cookies, exactly as the one-process app does it; the service receives the actor as
 * a signed token valid for seconds (any identity header the caller sent is dropped, so it cannot claim to
 * be anyone). Bodies stream through unparsed; the service validates them.
 */
export const mountIdentityForwardingProxy = (
  app: NestExpressApplication,
  options: IdentityForwardingProxyOptions,
): void => {
  const resolver = app.get<ActorResolver>(ACTOR_RESOLVER);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const parseCookies = cookieParser();
  const logger = new Logger('GatewayProxy');

  const forward = async (request: Request, response: Response, route: ServiceRoute): Promise<void> => {
    const correlationId = correlationIdFor(request, response);
    // An untraced route (anonymous misconduct reports): no session is resolved or touched, and neither the
    // address nor the user agent travels on — the service never learns them.
    const untraced = isUntracedRoute(request.originalUrl);
    const resolution = untraced ? null : await resolver.resolve(request);
    // Anonymous callers get a token too: it vouches for their address, which the services' limits count.
    const token = options.signer.sign(
      resolution?.actor ?? null,
      untraced ? undefined : (request.ip ?? request.socket.remoteAddress),
    );
    const headers = forwardedHeaders(request, token);
    if (untraced) {
      delete headers['x-forwarded-for'];
      delete headers['user-agent'];
      delete headers['x-real-ip'];
    }
    headers[CORRELATION_HEADER] = correlationId;
    const target = new URL(request.originalUrl, route.baseUrl);
    const upstream = httpRequest(target, { method: request.method, headers, agent });
    upstream.setTimeout(options.timeoutMs, () => {
      upstream.destroy();
      sendError(response, 504, {
        error: 'upstream-timeout',
        message: {
          zh: '服务响应超时，请稍后重试',
          en: 'The service did not answer in time; please try again',
        },
        correlationId,
      });
    });
    upstream.on('response', (answer) => {
      const answerHeaders: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) answerHeaders[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, answerHeaders);
      // A stream of server-sent events (the hall display) stays open: no upstream timeout (its heartbeats
      // keep it alive), each chunk written through as it comes, and closed upstream when the browser leaves.
      if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) {
        upstream.setTimeout(0);
        response.flushHeaders();
        response.on('close', () => upstream.destroy());
      }
      answer.pipe(response);
    });
    upstream.on('error', (error) => {
      logger.warn(`${route.service} unreachable for ${request.method} ${request.path}: ${error.message}`);
      sendError(response, 502, {
        error: 'service-unavailable',
        message: {
          zh: '服务暂时不可用，请稍后重试',
          en: 'The service is temporarily unavailable; please try again shortly',
        },
        correlationId,
      });
    });
    request.pipe(upstream);
  };

  app.use((request: Request, response: Response, next: NextFunction) => {
    const route = routeFor(options.routes, request.path);
    if (route === null) return next();
    if (hasDotSegments(request.path)) {
      sendError(response, 400, {
        error: 'invalid-path',
        message: { zh: '请求路径无效', en: 'The request path is not valid' },
      });
      return;
    }
    parseCookies(request, response, () => {
      forward(request, response, route).catch((error: unknown) => {
        logger.error({ err: error }, 'Forwarding failed');
        sendError(response, 503, {
          error: 'gateway-unavailable',
          message: { zh: '网关暂时无法处理请求', en: 'The gateway cannot handle the request right now' },
        });
      });
    });
  });
};
