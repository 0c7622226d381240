/**
 * Characters no free text of the platform may hold. Each is invisible or changes how the text around it
 * is shown, so stored as-is it can disguise what a record says (a U+202E turning "exe.txt" around, an ANSI
 * escape recolouring a terminal reading the logs, a title of zero-width spaces that looks empty):
 * - C0 controls other than tab and newline, DEL and the C1 controls;
 * - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; Unicode UAX #9);
 * - noncharacters (U+FDD0–U+FDEF and the last two code points of every plane; Unicode §23.7).
 * (NUL and broken surrogate pairs are refused even earlier, for every field, by the storable-text middleware.)
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;

/** Whitespace, and the format characters (zero-width spaces and joiners, BOM, word joiner …) that show nothing. */
const SHOWS_NOTHING = /^[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** The first character free text must not hold, as `U+XXXX`, or null when there is none. */
export const forbiddenCharacterIn = (text: string): string | null => {
  const found = FORBIDDEN.exec(text)?.[0];
  if (found === undefined) return null;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Whether the text has at least one character a person can see. */
export const hasVisibleCharacter = (text: string): boolean => !SHOWS_NOTHING.test(text);
