import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPinyinLookup, DOMAIN_WORDS, type PinyinLookup } from '@qinqing/ui/pinyin-input';
import { buildPinyinDictionary, type ModernLexicon, tonelessSyllable } from './pinyin-dictionary';

/** The kiosk's candidates as the build makes them: @pinyin-pro/data's modern lexicon and the domain words. */
describe('pinyin candidates from the kept dictionary', () => {
  let lookup: PinyinLookup;
  let sizes: { words: number; chars: number; bytes: number };

  beforeAll(() => {
    const lexicon = createRequire(join(process.cwd(), 'package.json'))(
      '@pinyin-pro/data/modern.json',
    ) as ModernLexicon;
    const domain = DOMAIN_WORDS.map((word) => ({
      word,
      syllables: pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[],
    }));
    const dictionary = buildPinyinDictionary(lexicon, domain, { maxWords: 24_000, maxWordLength: 4 });
    lookup = createPinyinLookup(dictionary.words, dictionary.chars);
    sizes = {
      words: dictionary.wordCount,
      chars: dictionary.charCount,
      bytes: Buffer.byteLength(dictionary.words) + Buffer.byteLength(dictionary.chars),
    };
  });

  const first = (typed: string) => lookup(typed)[0]?.text;

  it('offers 发展, 环境, 营商 and 中国 as whole words, first', () => {
    expect(first('fazhan')).toBe('发展');
    expect(first('huanjing')).toBe('环境');
    expect(first('yingshang')).toBe('营商');
    expect(first('zhongguo')).toBe('中国');
    expect(first('yingshanghuanjing')).toBe('营商环境');
    expect(lookup('yingshanghuanjing')[1]).toEqual({ text: '营商', consumes: 9 });
  });

  it('ranks the lexicon’s words by frequency after the domain words', () => {
    expect(first('xuexi')).toBe('学习');
    expect(first('gongzuo')).toBe('工作');
    expect(
      lookup('shiyong')
        .slice(0, 3)
        .map((c) => c.text),
    ).toContain('使用');
    expect(first('lvse')).toBe('绿色');
  });

  it('offers the characters of the first syllable, most frequent first', () => {
    expect(
      lookup('shi')
        .slice(0, 5)
        .map((c) => c.text),
    ).toContain('是');
    expect(lookup('de')[0]).toEqual({ text: '的', consumes: 2 });
    // An incomplete syllable: characters of every syllable it begins.
    expect(lookup('zh').length).toBeGreaterThan(10);
    expect(lookup('zh').every((c) => c.consumes === 2)).toBe(true);
  });

  it('covers the common vocabulary in a chunk small enough to load at a tap', () => {
    expect(sizes.words).toBeGreaterThan(20_000);
    expect(sizes.chars).toBeGreaterThan(6_000);
    expect(sizes.bytes).toBeLessThan(450_000);
  });

  it('writes syllables as a keyboard without tones types them', () => {
    expect(tonelessSyllable('zhǎn')).toBe('zhan');
    expect(tonelessSyllable('lǜ')).toBe('lv');
    expect(tonelessSyllable('nǚ')).toBe('nv');
  });
});
