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
import { spreadingLookup } from './spreading-lookup';

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

/** Reads, which a service may receive twice without harm (RFC 9110 §9.2.1). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');

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
 * Forwards /api/<context>/… to the service that owns the context (to its replicas in turn, past one that cannot
 * be reached: `UpstreamPool`). The caller is authenticated here, from
 * the gateway's session cookies, exactly as the one-process app does it; the service receives the actor as
 * a signed token valid for seconds (any identity header the caller sent is dropped, so it cannot claim to
 * be anyone). Bodies stream through unparsed; the service validates them.
 */
export const mountIdentityForwardingProxy = (
  app: NestExpressApplication,
  options: IdentityForwardingProxyOptions,
): void => {
  const resolver = app.get<ActorResolver>(ACTOR_RESOLVER);
  // New connections take a name's addresses in turn: compose's replicas answer to one service name.
  const agent = new Agent({ keepAlive: true, maxSockets: 256, lookup: spreadingLookup() });
  const parseCookies = cookieParser();
  const logger = new Logger('GatewayProxy');

  /**
   * Sends the request to the first of `replicas`. The body is piped only once the connection stands, so when a
   * replica cannot be reached (refused: killed, restarting) nothing has been read and the next one gets the
   * request; the caller sees one answer, a 502 only when none can be reached. A kept-alive connection the
   * replica closed just before it was reused (it stopped, or timed the connection out) fails a read the same
   * way: a read that broke before any answer goes to the next replica, and on the last one once more on a fresh
   * connection — a read only, since a command may have arrived before the connection broke.
   */
  const send = (
    request: Request,
    response: Response,
    route: ServiceRoute,
    replicas: readonly string[],
    headers: IncomingHttpHeaders,
    correlationId: string,
    resent = false,
  ): void => {
    const [url, ...others] = replicas as [string, ...string[]];
    const target = new URL(request.originalUrl, url);
    const upstream = httpRequest(target, { method: request.method, headers, agent });
    const bodiless = !hasBody(request);
    let connected = false;
    upstream.on('socket', (socket) => {
      const sendBody = () => {
        connected = true;
        // A body is read once; a request without one can be sent again.
        if (bodiless) upstream.end();
        else request.pipe(upstream);
      };
      if (socket.connecting) socket.once('connect', sendBody);
      else sendBody();
    });
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
      route.upstreams.answered(url);
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
      const next = others[0];
      if (!connected) route.upstreams.unreachable(url);
      // Nothing sent yet (refused), or a read that broke before any answer: the next replica gets it; a read
      // on a kept-alive connection the last replica had just closed goes once more on a fresh connection.
      const resendable =
        !response.headersSent && (!connected || (bodiless && SAFE_METHODS.has(request.method)));
      if (resendable && next !== undefined) {
        logger.warn(`${route.service} at ${url} failed (${error.message}); sending to ${next}`);
        send(request, response, route, others, headers, correlationId, resent);
        return;
      }
      if (resendable && connected && upstream.reusedSocket && !resent) {
        send(request, response, route, [url], headers, correlationId, true);
        return;
      }
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
  };

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
    send(request, response, route, route.upstreams.order(), headers, correlationId);
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
