import { COMMON_WORDS } from './commonWords';
import { PINYIN_TABLE } from './pinyinTable';

const SYLLABLES = new Set(Object.keys(PINYIN_TABLE));
const LONGEST = 6;

/** `xiaofang` → `['xiao', 'fang']`, longest syllable first; what is left over stays as the last piece. */
export const splitSyllables = (input: string): string[] => {
  const pieces: string[] = [];
  let rest = input;
  while (rest.length > 0) {
    let length = Math.min(LONGEST, rest.length);
    while (length > 0 && !SYLLABLES.has(rest.slice(0, length))) length -= 1;
    if (length === 0) {
      pieces.push(rest);
      break;
    }
    pieces.push(rest.slice(0, length));
    rest = rest.slice(length);
  }
  return pieces;
};

export interface PinyinCandidate {
  readonly text: string;
  /** How many letters of the typed pinyin this candidate uses up. */
  readonly consumes: number;
}

/**
 * What the typed pinyin could mean: whole words first (企业 for `qiye`), then the characters of the first
 * syllable (or, for an incomplete syllable like `zh`, of every syllable it begins), most frequent first.
 */
export const pinyinCandidates = (input: string, limit = 60): PinyinCandidate[] => {
  const typed = input
    .toLowerCase()
    .replace(/ü/gu, 'v')
    .replace(/[^a-z]/gu, '');
  if (typed.length === 0) return [];
  const candidates: PinyinCandidate[] = [];
  const seen = new Set<string>();
  const add = (text: string, consumes: number): void => {
    if (seen.has(text)) return;
    seen.add(text);
    candidates.push({ text, consumes });
  };
  for (let end = typed.length; end > 1; end -= 1) {
    for (const word of COMMON_WORDS.get(typed.slice(0, end)) ?? []) add(word, end);
  }
  const [first] = splitSyllables(typed);
  if (first !== undefined && SYLLABLES.has(first)) {
    for (const character of PINYIN_TABLE[first] ?? '') add(character, first.length);
  } else {
    const prefix = first ?? typed;
    for (const syllable of SYLLABLES) {
      if (!syllable.startsWith(prefix)) continue;
      const characters = [...(PINYIN_TABLE[syllable] ?? '')].slice(0, 4);
      for (const character of characters) add(character, prefix.length);
    }
  }
  return candidates.slice(0, limit);
};
