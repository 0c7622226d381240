/// <reference lib="webworker" />
import { pinyinCandidates } from './pinyinCandidates';

/**
 * The pinyin dictionary lives in a worker: reading tens of thousands of words takes a slow kiosk's CPU longer
 * than a frame, and off the main thread no tap ever waits for it. One request, one answer, matched by id.
 */
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<{ readonly id: number; readonly input: string }>) => {
  const { id, input } = event.data;
  self.postMessage({ id, candidates: pinyinCandidates(input) });
});
self.postMessage({ ready: true });
