import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSchema } from './identifier.schemas';
import { forbiddenCharacterIn, hasVisibleCharacter } from './visible-text';

const title = textSchema(100, { zh: '标题', en: 'Title' });

describe('free text', () => {
  it.each([
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u001B[31m', 'U+001B'],
    ['\u0007', 'U+0007'],
    ['\r', 'U+000D'],
    ['\u007F', 'U+007F'],
    ['\u009B', 'U+009B'],
    ['\uFDD0', 'U+FDD0'],
    ['\uFFFE', 'U+FFFE'],
    ['\u{10FFFF}', 'U+10FFFF'],
    ['\u{1FFFE}', 'U+1FFFE'],
  ])('names %j as %s', (character, code) => {
    expect(forbiddenCharacterIn(`经营${character}场所`)).toBe(code);
    const parsed = title.safeParse(`经营${character}场所`);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(code);
  });

  it('keeps tab, newline, CJK, emoji with joiners, and right-to-left scripts', () => {
    for (const text of ['第一行\n第二行', '项目\t名称', '👨‍👩‍👧 家庭', 'שלום عربي', 'Müller & Söhne']) {
      expect(forbiddenCharacterIn(text)).toBeNull();
      expect(hasVisibleCharacter(text)).toBe(true);
      expect(title.safeParse(text).success).toBe(true);
    }
  });

  it('refuses text of whitespace and invisible format characters only', () => {
    for (const text of ['\u200B\u200B', '\u200D\uFEFF\u2060', '\u3164', '\u2800\u200B']) {
      expect(hasVisibleCharacter(text)).toBe(false);
      expect(title.safeParse(text).success).toBe(false);
    }
  });

  it('accepts any text made of printable characters it is offered (property)', () => {
    const printable = fc.string({
      unit: fc.constantFrom(...'宁波海曙abcXYZ0123 .,，。（）-'.split('')),
      minLength: 1,
      maxLength: 100,
    });
    fc.assert(
      fc.property(printable, (text) => {
        expect(forbiddenCharacterIn(text)).toBeNull();
        expect(title.safeParse(text).success).toBe(text.trim().length > 0);
      }),
    );
  });
});
