import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what a session cookie carries. Never stored; only its hash is. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the sessions table keys on: a stolen copy of the table lets nobody in. */
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Tokens this module issues look like this; anything else is not looked up at all. */
export const looksLikeSessionToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/u.test(value);
