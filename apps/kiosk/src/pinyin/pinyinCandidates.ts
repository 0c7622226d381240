import { CHARS, WORDS } from 'virtual:pinyin-dictionary';
import { createPinyinLookup } from '@qinqing/ui/pinyin-input';

export type { PinyinCandidate } from '@qinqing/ui/pinyin-input';

/** The kiosk's candidates: this module is its own chunk, loaded the first time a pinyin keyboard opens. */
export const pinyinCandidates = createPinyinLookup(WORDS, CHARS);
