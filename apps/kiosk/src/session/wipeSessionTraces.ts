import { kioskApi } from '../api/kioskApi';
import { OFFLINE_QUEUE_DB } from '../offline/submissionQueue';

/**
 * Everything one visitor could leave in this browser, gone before the next one walks up: Web Storage,
 * IndexedDB databases (all but the queue of unsent submissions, see submissionQueue.ts), Cache Storage, the
 * URL (a receipt code in the query), the focus and any selection. React state is dropped by remounting the
 * app. The walk-in session ends on the server, which also clears its HttpOnly cookie.
 */
export const wipeSessionTraces = async (): Promise<void> => {
  sessionStorage.clear();
  localStorage.clear();
  window.getSelection()?.removeAllRanges();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  const { search, hash, pathname } = window.location;
  if (search !== '' || hash !== '') window.history.replaceState(null, '', pathname);
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases
      .map((db) => db.name)
      .filter((name): name is string => name !== undefined && name !== OFFLINE_QUEUE_DB)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
  if ('caches' in window) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  await kioskApi.endWalkIn().catch(() => undefined);
};
