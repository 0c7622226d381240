/**
 * Builds the kiosk's pinyin candidates at build time from a kept dictionary: @pinyin-pro/data's `modern`
 * lexicon (≈ 59,000 words and characters of modern Chinese, each with its toned pinyin and its frequency).
 * Words are keyed by their toneless syllables joined (发展 → `fazhan`) and ranked by frequency, with the
 * platform's own domain words first; characters are keyed by syllable and ranked by how often they are read
 * that way (their own frequency plus that of every word they appear in with that reading).
 *
 * The result is two compact texts the kiosk reads with `createPinyinLookup` (libs/ui/pinyin-input):
 * `words` — one `key:word word …` line per pinyin key; `chars` — one `syllable:字字字…` line per syllable.
 */

/** `modern.json`: word → [toned pinyin, syllables separated by spaces; frequency]. */
export type ModernLexicon = Readonly<Record<string, readonly [string, number]>>;

export interface DomainWord {
  readonly word: string;
  /** Toneless syllables (pinyin-pro at build time), ü written as v. */
  readonly syllables: readonly string[];
}

export interface PinyinDictionary {
  readonly words: string;
  readonly chars: string;
  readonly wordCount: number;
  readonly charCount: number;
}

export interface PinyinDictionaryOptions {
  /** The most frequent words kept (the chunk stays small enough to load in a tap). */
  readonly maxWords: number;
  readonly maxWordLength: number;
}

/** `zhǎn` → `zhan`, `lǜ` → `lv`: what a visitor types on a keyboard without tones. */
export const tonelessSyllable = (toned: string): string =>
  toned
    .normalize('NFD')
    .replace(/u\u0308/gu, 'v')
    .replace(/ü/gu, 'v')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase();

const HAN = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-z]+$/u;

export const buildPinyinDictionary = (
  lexicon: ModernLexicon,
  domainWords: readonly DomainWord[],
  options: PinyinDictionaryOptions,
): PinyinDictionary => {
  const charFrequency = new Map<string, Map<string, number>>();
  const ranked: { key: string; word: string; frequency: number }[] = [];
  for (const [word, [toned, frequency]] of Object.entries(lexicon)) {
    const characters = [...word];
    const syllables = toned.trim().split(/\s+/u).map(tonelessSyllable);
    // 儿化 words and the like, whose syllables do not pair with their characters, are left out.
    if (
      !HAN.test(word) ||
      syllables.length !== characters.length ||
      !syllables.every((s) => SYLLABLE.test(s))
    )
      continue;
    characters.forEach((character, index) => {
      const syllable = syllables[index] ?? '';
      const byChar = charFrequency.get(syllable) ?? new Map<string, number>();
      byChar.set(character, (byChar.get(character) ?? 0) + frequency);
      charFrequency.set(syllable, byChar);
    });
    if (characters.length >= 2 && characters.length <= options.maxWordLength)
      ranked.push({ key: syllables.join(''), word, frequency });
  }
  ranked.sort((a, b) => b.frequency - a.frequency || a.word.localeCompare(b.word));
  const kept = ranked.slice(0, options.maxWords);

  const words = new Map<string, string[]>();
  const add = (key: string, word: string): void => {
    const list = words.get(key) ?? [];
    if (!list.includes(word)) list.push(word);
    words.set(key, list);
  };
  // The platform's own words first under their key, in the order given; then the lexicon's by frequency.
  for (const domain of domainWords) add(domain.syllables.join(''), domain.word);
  for (const entry of kept) add(entry.key, entry.word);

  // Sorted by code unit, as the kiosk's binary search compares keys.
  const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
  const chars = [...charFrequency.entries()].sort(byKey).map(([syllable, byChar]) => {
    const order = [...byChar.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return `${syllable}:${order.map(([character]) => character).join('')}`;
  });
  const wordLines = [...words.entries()].sort(byKey).map(([key, list]) => `${key}:${list.join(' ')}`);
  return {
    words: wordLines.join('\n'),
    chars: chars.join('\n'),
    wordCount: [...words.values()].reduce((sum, list) => sum + list.length, 0),
    charCount: new Set([...charFrequency.values()].flatMap((byChar) => [...byChar.keys()])).size,
  };
};
