import type { IdentityOptions } from '../identity.options';
import type { SessionLifetime } from './session.store';

const MINUTE = 60_000;

export const staffSessionLifetime = (options: IdentityOptions): SessionLifetime => ({
  idleMs: options.staffSession.idleMinutes * MINUTE,
  absoluteMs: options.staffSession.absoluteHours * 60 * MINUTE,
});

export const walkInSessionLifetime = (options: IdentityOptions): SessionLifetime => ({
  idleMs: options.kiosk.walkInIdleMinutes * MINUTE,
  absoluteMs: options.kiosk.walkInAbsoluteMinutes * MINUTE,
});

/** A kiosk is used all day every day; only the absolute lifetime applies (idle = absolute). */
export const deviceSessionLifetime = (options: IdentityOptions): SessionLifetime => {
  const ms = options.kiosk.deviceSessionDays * 24 * 60 * MINUTE;
  return { idleMs: ms, absoluteMs: ms };
};
