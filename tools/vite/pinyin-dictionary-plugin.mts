import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import type { Plugin } from 'vite';
import { buildPinyinDictionary, type ModernLexicon } from '../pinyin/pinyin-dictionary.ts';

const MODULE = 'virtual:pinyin-dictionary';
const RESOLVED = `\0${MODULE}`;

/**
 * `import { WORDS, CHARS } from 'virtual:pinyin-dictionary'`: the kiosk's pinyin candidates, generated when the
 * kiosk is built from @pinyin-pro/data's modern lexicon, with the platform's domain words first (their
 * syllables from pinyin-pro, which reads polyphones in context). Imported only by the lazily loaded
 * candidates chunk, so none of it is in the kiosk's initial script.
 */
export const pinyinDictionary = (domainWords: readonly string[], maxWords = 24_000): Plugin => ({
  name: 'qinqing-pinyin-dictionary',
  resolveId: (id) => (id === MODULE ? RESOLVED : null),
  load(id) {
    if (id !== RESOLVED) return null;
    const lexicon = createRequire(import.meta.url)('@pinyin-pro/data/modern.json') as ModernLexicon;
    const domain = domainWords.map((word) => ({
      word,
      syllables: pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[],
    }));
    const dictionary = buildPinyinDictionary(lexicon, domain, { maxWords, maxWordLength: 4 });
    return [
      `/** Generated at build time from @pinyin-pro/data (modern lexicon): ${dictionary.wordCount} words, ${dictionary.charCount} characters. */`,
      `export const WORDS = ${JSON.stringify(dictionary.words)};`,
      `export const CHARS = ${JSON.stringify(dictionary.chars)};`,
    ].join('\n');
  },
});
