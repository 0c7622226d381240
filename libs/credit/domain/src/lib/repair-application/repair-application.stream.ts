/**
 * Stream ids and application ids of repair applications come from here. A record's applications share one
 * stream (`credit-repair-<document key>`), one after another, so "one pending application per record" and
 * "a refused one may be followed by a new one" are decided on one stream and cannot race. An application's
 * id names its record and its place in that line: `<base64url of the document key>.<number>`, so a decision
 * finds its stream without a read model.
 */
const PREFIX = 'credit-repair-';

export const repairStreamId = (documentKey: string): string => `${PREFIX}${documentKey}`;

/** The document key of one of its streams, or null for another aggregate's stream. */
export const documentKeyOfRepairStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
};

const fromBase64Url = (token: string): string | null => {
  if (!/^[A-Za-z0-9_-]+$/u.test(token)) return null;
  try {
    const binary = atob(token.replace(/-/gu, '+').replace(/_/gu, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** The id of the `number`th application (1, 2, …) for the record with this document key. */
export const repairApplicationId = (documentKey: string, number: number): string =>
  `${toBase64Url(documentKey)}.${number}`;

/** The record's document key and the application's number an id names, or null when it names none. */
export const parseRepairApplicationId = (
  applicationId: string,
): { readonly documentKey: string; readonly number: number } | null => {
  const match = /^([A-Za-z0-9_-]+)\.([1-9]\d{0,5})$/u.exec(applicationId);
  if (match === null) return null;
  const documentKey = fromBase64Url(match[1] as string);
  if (documentKey === null || documentKey === '') return null;
  // Only the canonical spelling names an application.
  if (repairApplicationId(documentKey, Number(match[2])) !== applicationId) return null;
  return { documentKey, number: Number(match[2]) };
};
