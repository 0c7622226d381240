import { maskPhone } from '@qinqing/shared/chinese-ids';
import type { Actor } from '@qinqing/identity/domain';
import type { ActiveSession } from '../sessions/session.store';

/**
 * The actor as shown back over HTTP. A kiosk screen is public: the walk-in's phone number is masked
 * (`138****5678`); the credit code is public register data and stays readable.
 */
export const actorView = (actor: Actor): Actor =>
  actor.kind === 'kiosk-enterprise' && actor.enterprise !== null
    ? {
        ...actor,
        enterprise: { ...actor.enterprise, contactPhone: maskPhone(actor.enterprise.contactPhone) },
      }
    : actor;

export interface SessionView {
  readonly idleExpiresAt: string;
  readonly absoluteExpiresAt: string;
}

export const sessionView = (session: ActiveSession): SessionView => ({
  idleExpiresAt: session.idleExpiresAt.toISOString(),
  absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
});
