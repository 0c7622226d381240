/**
 * Usernames are compared case-insensitively and as typed on any keyboard: full-width forms from a Chinese
 * input method fold to ASCII (NFKC), surrounding spaces go, letters go lower-case.
 */
export const normaliseUsername = (input: string): string => input.normalize('NFKC').trim().toLowerCase();

/** 2–32 characters: a letter, then letters, digits, `.`, `_` or `-` (`staff.wang`, `admin`). */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,31}$/u;

export const isValidUsername = (normalisedUsername: string): boolean =>
  USERNAME_PATTERN.test(normalisedUsername);

/**
 * The one place a staff account's stream id is made. Keyed by the normalised username so that login reads
 * the account straight from its stream (always current) instead of from a read model that may lag.
 */
export const staffAccountStreamId = (username: string): string =>
  `identity-staff-account-${normaliseUsername(username)}`;
