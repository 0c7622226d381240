/**
 * A process's memory right after a full garbage collection, read through its V8 inspector (the process was
 * started with `--inspect=127.0.0.1:<port>`): the Chrome DevTools Protocol's `HeapProfiler.collectGarbage`, then
 * `process.memoryUsage()` evaluated in the process. Needs the global WebSocket (`node --experimental-websocket`
 * on Node 20).
 */
export interface MemoryAfterGc {
  readonly rssKib: number;
  readonly heapUsedKib: number;
}

interface DevToolsTarget {
  readonly webSocketDebuggerUrl?: string;
}

const TIMEOUT_MS = 30_000;

/** Sends the protocol's commands one after the other on one connection; the last one's result. */
const devToolsSession = (url: string, commands: readonly { method: string; params?: object }[]) =>
  new Promise<unknown>((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`no answer from ${url} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const send = (id: number) => socket.send(JSON.stringify({ id, ...commands[id] }));
    socket.addEventListener('open', () => send(0));
    socket.addEventListener('error', () => {
      clearTimeout(timer);
      reject(new Error(`inspector connection to ${url} failed`));
    });
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return; // a protocol notification
      if (message.error !== undefined) {
        clearTimeout(timer);
        socket.close();
        reject(new Error(`${commands[message.id]?.method}: ${JSON.stringify(message.error)}`));
      } else if (message.id + 1 < commands.length) send(message.id + 1);
      else {
        clearTimeout(timer);
        socket.close();
        resolve(message.result);
      }
    });
  });

/** The process's RSS and heap in use right after a full collection, or null when its inspector does not answer. */
export const memoryAfterGc = async (inspectorPort: number): Promise<MemoryAfterGc | null> => {
  try {
    const targets = (await (
      await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)
    ).json()) as DevToolsTarget[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (url === undefined) return null;
    const result = (await devToolsSession(url, [
      { method: 'HeapProfiler.collectGarbage' },
      {
        method: 'Runtime.evaluate',
        params: { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true },
      },
    ])) as { result?: { value?: string } };
    const usage = JSON.parse(result.result?.value ?? 'null') as { rss: number; heapUsed: number } | null;
    return usage === null ? null : { rssKib: usage.rss / 1024, heapUsedKib: usage.heapUsed / 1024 };
  } catch {
    return null; // the process is gone or restarting
  }
};
