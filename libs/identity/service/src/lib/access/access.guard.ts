import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { actorRole } from '@qinqing/identity/domain';
import type { Request } from 'express';
import { DEFAULT_INFRASTRUCTURE_PATHS, type IdentityOptions } from '../identity.options';
import { ACTOR_RESOLVER, IDENTITY_OPTIONS } from '../identity.tokens';
import type { ActorResolver } from '../resolution/actor-resolver';
import { ACCESS_METADATA, type AccessDeclaration } from './access.decorators';
import {
  accessNotDeclared,
  authenticationRequired,
  crossOriginRefused,
  roleNotAllowed,
  sessionEnded,
} from './access-denied';
import { attachIdentity } from './request-identity';
import { originAllowed } from './same-origin';

/**
 * The one gate every route passes (registered as APP_GUARD), deny by default:
 *
 * 1. A state-changing request whose Origin is another site is refused. Session cookies are
 *    SameSite=Strict, so browsers do not attach them to cross-site requests in the first place, and the
 *    API accepts JSON only (a cross-site form cannot send `application/json` without a CORS preflight,
 *    which this app never grants). The Origin check is the second, independent layer: it also covers
 *    the public routes that need no cookie (login CSRF) and browsers with SameSite bugs.
 * 2. A route must declare `@Allow(...roles)` or `@Public()` (method or class); one that declares neither
 *    is refused with 403 and logged, so a forgotten declaration fails closed.
 * 3. The actor is resolved from the request's credentials; none → 401, a role not listed → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');
  private readonly trustedOrigins: ReadonlySet<string>;
  private readonly infrastructurePaths: ReadonlySet<string>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_RESOLVER) private readonly resolver: ActorResolver,
    @Inject(IDENTITY_OPTIONS) options: IdentityOptions,
  ) {
    this.trustedOrigins = new Set(options.trustedOrigins);
    this.infrastructurePaths = new Set(options.infrastructurePaths ?? DEFAULT_INFRASTRUCTURE_PATHS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<Request>();
    if (!originAllowed(request.method, request.headers.origin, request.headers.host, this.trustedOrigins)) {
      throw crossOriginRefused();
    }
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (declaration === undefined) {
      if (this.infrastructurePaths.has(request.path)) return true;
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares neither @Allow nor @Public; refused`,
      );
      throw accessNotDeclared();
    }
    // An untraced route never resolves the caller: no session lookup, no last-seen update.
    if (declaration.kind === 'public' && declaration.untraced === true) return true;
    const resolution = await this.resolver.resolve(request);
    attachIdentity(request, resolution);
    if (declaration.kind === 'public') return true;
    const { actor } = resolution;
    if (actor === null) throw resolution.ended ? sessionEnded() : authenticationRequired();
    const role = actorRole(actor);
    if (declaration.roles.includes(role)) return true;
    // A kiosk whose walk-in just timed out is back to being a device: tell it the session ended.
    throw resolution.ended ? sessionEnded() : roleNotAllowed(role);
  }
}
