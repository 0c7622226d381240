import { useEffect, useState } from 'react';
import type { PinyinCandidate } from '@qinqing/ui/pinyin-input';

type Answer = { readonly ready: true } | { readonly id: number; readonly candidates: PinyinCandidate[] };

let worker: Worker | null = null;
let ready = false;
let nextId = 0;
const pending = new Map<number, (candidates: PinyinCandidate[]) => void>();
const readiness = new Set<() => void>();

/** The dictionary worker, started the first time a pinyin keyboard is shown and kept for every visitor. */
const dictionary = (): Worker => {
  if (worker !== null) return worker;
  worker = new Worker(new URL('../pinyin/pinyinWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<Answer>) => {
    const answer = event.data;
    if ('ready' in answer) {
      ready = true;
      for (const notify of readiness) notify();
      readiness.clear();
      return;
    }
    pending.get(answer.id)?.(answer.candidates);
    pending.delete(answer.id);
  });
  return worker;
};

const lookUp = (input: string): Promise<PinyinCandidate[]> =>
  new Promise((resolve) => {
    nextId += 1;
    pending.set(nextId, resolve);
    dictionary().postMessage({ id: nextId, input });
  });

export interface PinyinAnswer {
  /** The dictionary is still loading. */
  readonly loading: boolean;
  /** The worker has answered for exactly the pinyin typed now (an empty list then means no match). */
  readonly answered: boolean;
  readonly candidates: readonly PinyinCandidate[];
}

/**
 * Candidates for the typed pinyin, answered by the dictionary worker. Only an answer for the pinyin typed now
 * is shown, so a tap can never pick a candidate of the previous keystroke.
 */
export const usePinyinCandidates = (pinyin: string): PinyinAnswer => {
  const [loaded, setLoaded] = useState(ready);
  const [answer, setAnswer] = useState<{ input: string; candidates: PinyinCandidate[] }>({
    input: '',
    candidates: [],
  });
  useEffect(() => {
    dictionary();
    if (ready) return;
    const notify = () => setLoaded(true);
    readiness.add(notify);
    return () => {
      readiness.delete(notify);
    };
  }, []);
  useEffect(() => {
    let live = true;
    if (pinyin !== '')
      void lookUp(pinyin).then((candidates) => {
        if (live) setAnswer({ input: pinyin, candidates });
      });
    return () => {
      live = false;
    };
  }, [pinyin]);
  const answered = pinyin !== '' && answer.input === pinyin;
  return { loading: !loaded, answered, candidates: answered ? answer.candidates : [] };
};
