export interface PinyinCandidate {
  readonly text: string;
  /** How many letters of the typed pinyin this candidate uses up. */
  readonly consumes: number;
}

export type PinyinLookup = (input: string, limit?: number) => PinyinCandidate[];

const LONGEST_SYLLABLE = 6;

/**
 * The entry for `key` among `key:value` lines sorted by key, by binary search: the word list has tens of
 * thousands of lines, and splitting it once is all the work done when the chunk loads (building a map of it
 * would be a long task on a slow kiosk right after a tap).
 */
const finder =
  (lines: readonly string[]) =>
  (key: string): string | undefined => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const line = lines[middle] ?? '';
      const at = line.indexOf(':');
      const candidate = line.slice(0, at);
      if (candidate === key) return line.slice(at + 1);
      if (candidate < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };

const parse = (text: string): Map<string, string> => {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) map.set(line.slice(0, at), line.slice(at + 1));
  }
  return map;
};

/** `xiaofang` → `['xiao', 'fang']`, longest syllable first; what is left over stays as the last piece. */
export const splitSyllables = (input: string, syllables: ReadonlySet<string>): string[] => {
  const pieces: string[] = [];
  let rest = input;
  while (rest.length > 0) {
    let length = Math.min(LONGEST_SYLLABLE, rest.length);
    while (length > 0 && !syllables.has(rest.slice(0, length))) length -= 1;
    if (length === 0) {
      pieces.push(rest);
      break;
    }
    pieces.push(rest.slice(0, length));
    rest = rest.slice(length);
  }
  return pieces;
};

/**
 * What typed pinyin could mean, from the build-time dictionary (see tools/pinyin/pinyin-dictionary.ts): whole
 * words first, longest match first (营商环境 for `yingshanghuanjing`, then 营商), then the characters of the
 * first syllable most frequent first — or, for an incomplete syllable like `zh`, the commonest characters of
 * every syllable it begins.
 */
export const createPinyinLookup = (wordsText: string, charsText: string): PinyinLookup => {
  const word = finder(wordsText.split('\n'));
  const chars = parse(charsText);
  const syllables = new Set(chars.keys());
  return (input, limit = 60) => {
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
      const list = word(typed.slice(0, end));
      if (list !== undefined) for (const word of list.split(' ')) add(word, end);
    }
    const [first] = splitSyllables(typed, syllables);
    if (first !== undefined && syllables.has(first)) {
      for (const character of chars.get(first) ?? '') add(character, first.length);
    } else {
      const prefix = first ?? typed;
      for (const syllable of syllables) {
        if (!syllable.startsWith(prefix)) continue;
        for (const character of [...(chars.get(syllable) ?? '')].slice(0, 4)) add(character, prefix.length);
      }
    }
    return candidates.slice(0, limit);
  };
};
