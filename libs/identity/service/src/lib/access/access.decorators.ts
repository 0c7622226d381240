import { SetMetadata } from '@nestjs/common';
import type { ActorRole } from '@qinqing/identity/domain';

/** What a route declares about who may call it; method declarations override class ones. */
export type AccessDeclaration =
  | { readonly kind: 'public'; readonly untraced?: true }
  | { readonly kind: 'roles'; readonly roles: readonly ActorRole[] };

export const ACCESS_METADATA = 'qinqing:access';

/**
 * Only actors with one of these roles may call the route (or every route of the class). Every route
 * needs `@Allow` or `@Public`: the access guard refuses routes that declare neither.
 */
export const Allow = (...roles: [ActorRole, ...ActorRole[]]): ClassDecorator & MethodDecorator =>
  SetMetadata<string, AccessDeclaration>(ACCESS_METADATA, { kind: 'roles', roles });

/** Anyone may call the route, signed in or not (login, device provisioning). */
export const Public = (): ClassDecorator & MethodDecorator =>
  SetMetadata<string, AccessDeclaration>(ACCESS_METADATA, { kind: 'public' });

/**
 * Anyone may call the route, and the caller's credentials are not even looked at: no session is resolved or
 * touched (its last-seen time stays as it was), so nothing records that this session made this request. For
 * routes whose callers must stay untraceable (anonymous misconduct reports).
 */
export const Untraced = (): ClassDecorator & MethodDecorator =>
  SetMetadata<string, AccessDeclaration>(ACCESS_METADATA, { kind: 'public', untraced: true });
