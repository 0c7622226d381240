import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIES, sessionCookie } from './session-cookies';

const requestWith = (cookie?: string, cookies?: Record<string, unknown>): Request =>
  ({
    headers: cookie === undefined ? {} : { cookie },
    ...(cookies === undefined ? {} : { cookies }),
  }) as Request;

describe('session cookies are read from the Cookie header when a session is looked at', () => {
  it('finds each kind of session among the other cookies, decoded', () => {
    const request = requestWith(
      `theme=dark; ${SESSION_COOKIES.staff}=abc%2Fdef; ${SESSION_COOKIES.kioskDevice}=k1`,
    );
    expect(sessionCookie(request, SESSION_COOKIES.staff)).toBe('abc/def');
    expect(sessionCookie(request, SESSION_COOKIES.kioskDevice)).toBe('k1');
    expect(sessionCookie(request, SESSION_COOKIES.kioskWalkIn)).toBeNull();
  });

  it('finds none without a Cookie header, or when the value is empty or a JSON cookie', () => {
    expect(sessionCookie(requestWith(), SESSION_COOKIES.staff)).toBeNull();
    expect(sessionCookie(requestWith(`${SESSION_COOKIES.staff}=`), SESSION_COOKIES.staff)).toBeNull();
    expect(
      sessionCookie(requestWith(`${SESSION_COOKIES.staff}=j%3A%7B%7D`), SESSION_COOKIES.staff),
    ).toBeNull();
  });

  it('keeps the cookies a parser before it put on the request', () => {
    const request = requestWith(`${SESSION_COOKIES.staff}=from-header`, {
      [SESSION_COOKIES.staff]: 'parsed',
    });
    expect(sessionCookie(request, SESSION_COOKIES.staff)).toBe('parsed');
  });
});
