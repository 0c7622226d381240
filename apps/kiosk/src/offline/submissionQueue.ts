import type { SubmitRequestBody } from '@qinqing/appeals/contracts';
import { ApiError, ApiUnreachable, kioskApi, type SubmitResponse } from '../api/kioskApi';

/**
 * Submissions the API could not take, kept in IndexedDB until it can. The one thing the idle wipe leaves:
 * the visitor was told their request would be sent, and dropping it would break that promise. It holds only
 * what the request itself needs, is never shown to anyone at the kiosk, and is deleted the moment the API
 * confirms the filing. The Idempotency-Key stored with it makes every retry the same request.
 */
export const OFFLINE_QUEUE_DB = 'kiosk-offline-queue';
const STORE = 'submissions';

export interface QueuedSubmission {
  readonly idempotencyKey: string;
  readonly body: SubmitRequestBody;
  readonly queuedAt: string;
}

const open = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(OFFLINE_QUEUE_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'idempotencyKey' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });

const run = async <T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> => {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
};

export const enqueueSubmission = (submission: QueuedSubmission): Promise<IDBValidKey> =>
  run('readwrite', (store) => store.put(submission));

export const queuedSubmissions = (): Promise<QueuedSubmission[]> =>
  run('readonly', (store) => store.getAll() as IDBRequest<QueuedSubmission[]>);

const remove = (key: string): Promise<undefined> => run('readwrite', (store) => store.delete(key));

type SentListener = (key: string, response: SubmitResponse) => void;
const listeners = new Set<SentListener>();

/** Told when a queued submission has been filed (the receipt screen swaps in the real receipt code). */
export const onQueuedSubmissionSent = (listener: SentListener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

let flushing: Promise<void> | null = null;

/**
 * Sends every queued submission with its own Idempotency-Key. A walk-in session is needed to file; when the
 * visitor's has ended, one is opened for the send and ended right after. Stops at the first unreachable API.
 */
export const flushSubmissionQueue = (): Promise<void> => {
  flushing ??= (async () => {
    try {
      let openedSession = false;
      for (const submission of await queuedSubmissions()) {
        let response: SubmitResponse;
        try {
          try {
            response = await kioskApi.submit(submission.body, submission.idempotencyKey);
          } catch (error) {
            if (!(error instanceof ApiError) || error.status !== 401) throw error;
            await kioskApi.startWalkIn();
            openedSession = true;
            response = await kioskApi.submit(submission.body, submission.idempotencyKey);
          }
        } catch (error) {
          if (error instanceof ApiUnreachable) break;
          // Rejected for good (the API changed its rules since): keeping it would retry forever.
          if (error instanceof ApiError && error.status === 400) await remove(submission.idempotencyKey);
          continue;
        }
        await remove(submission.idempotencyKey);
        for (const listener of listeners) listener(submission.idempotencyKey, response);
      }
      if (openedSession) await kioskApi.endWalkIn().catch(() => undefined);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
};
