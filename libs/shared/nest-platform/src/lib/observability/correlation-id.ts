import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Caller-supplied ids are kept only when they look like ids; anything else is replaced. */
const acceptable = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * The correlation id of a request: the caller's X-Correlation-Id when sane, else a new one. It is echoed
 * in the response, logged with every line, and written into the metadata of every event the request causes.
 */
export const correlationIdFor = (
  request: IncomingMessage & { id?: unknown },
  response: ServerResponse,
): string => {
  if (typeof request.id === 'string') return request.id;
  const header = request.headers[CORRELATION_HEADER];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given !== undefined && acceptable.test(given) ? given : randomUUID();
  response.setHeader(CORRELATION_HEADER, id);
  return id;
};

/** First middleware of every app, so even a body that fails to parse gets an id in its error answer. */
export const correlationMiddleware = (
  request: IncomingMessage & { id?: unknown },
  response: ServerResponse,
  next: () => void,
): void => {
  request.id = correlationIdFor(request, response);
  next();
};
