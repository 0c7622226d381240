import { useEffect, useState } from 'react';
import type { PinyinCandidate } from '../pinyin/pinyinCandidates';

type Lookup = (input: string) => PinyinCandidate[];

let loaded: Lookup | null = null;
let loading: Promise<Lookup> | null = null;

/** The character table is a chunk of its own, fetched the first time a pinyin keyboard is shown. */
const loadLookup = (): Promise<Lookup> => {
  loading ??= import('../pinyin/pinyinCandidates').then((module) => {
    loaded = (input) => module.pinyinCandidates(input);
    return loaded;
  });
  return loading;
};

export const usePinyinCandidates = (): Lookup | null => {
  const [lookup, setLookup] = useState<Lookup | null>(() => loaded);
  useEffect(() => {
    if (lookup !== null) return;
    let live = true;
    void loadLookup().then((found) => {
      if (live) setLookup(() => found);
    });
    return () => {
      live = false;
    };
  }, [lookup]);
  return lookup;
};
