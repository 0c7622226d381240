import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { type Actor, actorReference } from '@qinqing/identity/domain';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { authenticationRequired } from './access-denied';
import { identityOf } from './request-identity';

const actorOf = (request: Request): Actor => {
  const actor = identityOf(request)?.actor ?? null;
  // Only reachable on a @Public route called without credentials: the guard let it through.
  if (actor === null) throw authenticationRequired();
  return actor;
};

/** The typed Actor the access guard resolved for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<Request>()),
);

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/u;

/** Object keys sorted at every level, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are one request. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

/**
 * What the idempotency key is bound to: the method, the path and the parsed JSON body (key order aside).
 * The body's nesting was bounded by the storable-text middleware before this recursion sees it.
 */
const requestFingerprint = (request: Request): string =>
  createHash('sha256')
    .update(JSON.stringify([request.method, request.path, canonical(request.body ?? null)]))
    .digest('base64url');

/**
 * Everything the command handler records about who asked and in which request: the actor, the
 * correlation id of the request and, when the client sent one, its `Idempotency-Key`.
 */
/**
 * `scope` (e.g. the command name and aggregate id) namespaces the client's key, so a key reused for another
 * command can never replay that command's result instead of running this one.
 */
export const commandMetadataFor = (request: Request, actor: Actor, scope?: string): CommandMetadata => {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new BadRequestException({
      error: 'invalid-idempotency-key',
      message: {
        zh: 'Idempotency-Key 须为8至100位字母、数字或 . _ : -',
        en: 'Idempotency-Key must be 8–100 letters, digits or . _ : -',
      },
      field: 'Idempotency-Key',
    });
  }
  const correlationId = (request as Request & { id?: unknown }).id;
  return {
    correlationId: typeof correlationId === 'string' ? correlationId : 'uncorrelated',
    causationId: null,
    actor: actorReference(actor),
    ...(key === undefined
      ? {}
      : {
          idempotencyKey: scope === undefined ? key : `${scope}:${key}`,
          requestFingerprint: requestFingerprint(request),
        }),
  };
};

/** Command metadata for this request's actor (see commandMetadataFor). */
export const RequestCommandMetadata = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandMetadata => {
    const request = context.switchToHttp().getRequest<Request>();
    return commandMetadataFor(request, actorOf(request));
  },
);
