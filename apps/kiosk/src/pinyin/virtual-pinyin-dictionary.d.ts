/** Generated at build time by tools/vite/pinyin-dictionary-plugin.mts (see there). */
declare module 'virtual:pinyin-dictionary' {
  /** One `key:word word …` line per toneless pinyin key, words most useful first. */
  export const WORDS: string;
  /** One `syllable:字字…` line per syllable, characters most frequent first. */
  export const CHARS: string;
}
