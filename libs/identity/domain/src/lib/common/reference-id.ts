/**
 * Ids that people choose and read (organisation units, kiosk devices): lower-case letters, digits and
 * hyphens, starting with a letter, 3–64 characters — `dept-market-regulation`, `kiosk-haishu-01`. They never
 * contain a dot, so `<deviceId>.<secret>` splits unambiguously.
 */
export const REFERENCE_ID_PATTERN = /^[a-z][a-z0-9-]{2,63}$/u;

export const isReferenceId = (value: string): boolean => REFERENCE_ID_PATTERN.test(value);
