import type { Request } from 'express';
import { identityOf } from './request-identity';

/**
 * The caller's network address, for rate limits. Behind the gateway a service sees the gateway's address
 * on the socket, so the gateway signs the caller's address into the identity token and the service takes
 * it from there; a process that authenticates people itself (the gateway, the one-process app) uses the
 * socket's address (Express `request.ip`).
 */
export const clientAddressOf = (request: Request): string =>
  identityOf(request)?.clientAddress ?? request.ip ?? request.socket.remoteAddress ?? 'unknown';
