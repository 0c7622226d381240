import cookieParser from 'cookie-parser';
import type { CookieOptions, Request, Response } from 'express';

/** Cookie names: one per kind of session, so a kiosk's device cookie and walk-in cookie live side by side. */
export const SESSION_COOKIES = {
  staff: 'qq_staff_session',
  kioskDevice: 'qq_kiosk_device',
  kioskWalkIn: 'qq_kiosk_walk_in',
} as const;

export type SessionCookieName = (typeof SESSION_COOKIES)[keyof typeof SESSION_COOKIES];

/**
 * Every session cookie is HttpOnly (scripts, including injected ones, cannot read it), SameSite=Strict
 * (the browser never attaches it to a request started by another site — the CSRF defence, see the
 * access guard) and Secure when configured. Path /api: pages and assets never carry it.
 */
const baseOptions = (secure: boolean): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  secure,
  path: '/api',
});

/**
 * Sets a session cookie. Without `maxAgeMs` it is a browser-session cookie: closing the browser of a
 * shared office computer forgets it. Provisioned kiosks get a max age so a reboot keeps them signed in.
 */
export const setSessionCookie = (
  response: Response,
  name: SessionCookieName,
  token: string,
  options: { readonly secure: boolean; readonly maxAgeMs?: number },
): void => {
  response.cookie(name, token, {
    ...baseOptions(options.secure),
    ...(options.maxAgeMs === undefined ? {} : { maxAge: options.maxAgeMs }),
  });
};

export const clearSessionCookie = (response: Response, name: SessionCookieName, secure: boolean): void => {
  response.clearCookie(name, baseOptions(secure));
};

const parseCookies = cookieParser();

/**
 * The request's cookies, parsed by cookie-parser on the first read (and kept on the request, where an earlier
 * parser may have put them): only requests that look at a session read the header, instead of a middleware
 * parsing it on every request, health checks included. cookie-parser reads nothing of the response.
 */
const cookiesOf = (request: Request): Record<string, unknown> => {
  const parsed = request as Request & { cookies?: Record<string, unknown> };
  if (parsed.cookies === undefined) parseCookies(request, undefined as never, () => undefined);
  return parsed.cookies ?? {};
};

export const sessionCookie = (request: Request, name: SessionCookieName): string | null => {
  const value = cookiesOf(request)[name];
  return typeof value === 'string' && value !== '' ? value : null;
};
