import { type CanActivate, type ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { identityOf } from '@qinqing/identity/access';
import type { Request } from 'express';

/** Misconduct reports are for the discipline inspectors alone (廉情监督; 检举控告工作规则 第七条: 保密). */
export const REPORT_ROLE = 'discipline-inspector';

/**
 * Every report path answers 404 to anyone but a discipline inspector — not 403, which would tell the accused,
 * his unit or his superiors that there is something there. Runs after the access guard (which admits every
 * role) and before any pipe, so a malformed id or body gets the same 404, not a 400 that proves the route.
 */
@Injectable()
export class DisciplineOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const actor = identityOf(request)?.actor ?? null;
    if (actor?.kind === 'staff' && actor.role === REPORT_ROLE) return true;
    throw reportNotFound();
  }
}

/** The very answer a route that does not exist gives (the platform's generic 404). */
export const reportNotFound = (): NotFoundException => new NotFoundException();
