import { describe, expect, it } from 'vitest';
import type { LogCursor } from './envelope';
import type { AppendedListener, EventStore } from './event-store.port';
import { LogPollingLoop } from './log-polling-loop';

/** Only what the loop uses of a store: the in-process append notifications, with the appended events' types. */
const appendSignals = () => {
  const listeners = new Set<AppendedListener>();
  let appended = 0;
  const store = {
    onAppended: (listener: AppendedListener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    compareCursors: (a: string, b: string) => Number(a) - Number(b),
  } as unknown as EventStore;
  const append = (eventTypes: readonly string[] = ['RequestSubmitted']) => {
    const last = String(++appended) as unknown as LogCursor;
    listeners.forEach((listener) => listener(last, eventTypes));
  };
  return { store, append };
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('LogPollingLoop', () => {
  it('never runs two steps at once: a drain() while the loop runs waits for the loop’s step', async () => {
    const { store, append } = appendSignals();
    let pending = 30; // events in the "log"
    let inFlight = 0;
    let mostInFlight = 0;
    const loop = new LogPollingLoop({
      store,
      pollIntervalMs: 10_000,
      step: async () => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await tick(); // the batch is being sent
        const batch = Math.min(pending, 5);
        pending -= batch;
        inFlight--;
        return batch;
      },
    });
    loop.start();
    append();
    const drained = await Promise.all([loop.drain(), loop.drain(), loop.drain()]);
    await loop.stop();
    expect(mostInFlight).toBe(1);
    expect(pending).toBe(0);
    // Each batch handled once, by whichever caller's step came first.
    expect(drained.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
  });

  it('goes on after a failed step: the next caller’s step still runs', async () => {
    const { store } = appendSignals();
    let calls = 0;
    const loop = new LogPollingLoop({
      store,
      step: async () => {
        calls++;
        if (calls === 1) throw new Error('broker gone');
        return 0;
      },
    });
    await expect(loop.drain()).rejects.toThrow('broker gone');
    await expect(loop.drain()).resolves.toBe(0);
  });

  it('a loop created after an append still drains up to it, once the event becomes readable', async () => {
    // The store appended cursor "3" before this loop existed (no onAppended call reached it); the log horizon
    // lets the event be read only on the third pass, as an old transaction elsewhere would on PostgreSQL.
    const store = {
      onAppended: () => () => undefined,
      lastAppended: () => '3',
      compareCursors: (a: string, b: string) => Number(a) - Number(b),
    } as unknown as EventStore;
    let passes = 0;
    const third = '3' as unknown as LogCursor;
    let reached: LogCursor | null = null;
    const loop = new LogPollingLoop({
      store,
      reached: () => reached,
      step: async () => {
        passes++;
        if (passes < 3 || reached === third) return 0;
        reached = third;
        return 1;
      },
    });
    await expect(loop.drain()).resolves.toBe(1);
    expect(reached).toBe(third);
  });

  it('passes again at once when an append came during a pass, instead of sleeping until the poll', async () => {
    const { store, append } = appendSignals();
    const log: number[] = []; // event ids in the "log"
    let sent = 0;
    let releasePass: (() => void) | null = null;
    const loop = new LogPollingLoop({
      store,
      pollIntervalMs: 60_000, // longer than the test's timeout: only a wake-up can bring the second event
      step: async () => {
        const batch = log.length - sent;
        if (batch === 0 && releasePass !== null) {
          // The empty read of this pass is on its way when the second event commits.
          const release = releasePass;
          releasePass = null;
          log.push(2);
          append();
          release();
        }
        sent += batch;
        return batch;
      },
    });
    await new Promise<void>((resolve) => {
      releasePass = resolve;
      log.push(1);
      loop.start();
    });
    while (sent < 2) await tick();
    await loop.stop();
    expect(sent).toBe(2);
  });

  it('is woken by an append of a type its owner takes, not by others (its next poll passes over those)', async () => {
    const { store, append } = appendSignals();
    let steps = 0;
    const loop = new LogPollingLoop({
      store,
      pollIntervalMs: 60_000, // longer than the test's timeout: only a wake-up brings a second pass
      wakesFor: ['RequestSubmitted'],
      step: async () => {
        steps++;
        return 0;
      },
    });
    loop.start();
    while (steps < 1) await tick();
    append(['EnterpriseRegistered', 'VisitRecorded']);
    // A wake-up passes at once, in the same chain of promises: two timer ticks are more than it needs.
    await tick();
    await tick();
    expect(steps).toBe(1);
    append(['EnterpriseRegistered', 'RequestSubmitted']);
    while (steps < 2) await tick();
    await loop.stop();
    expect(steps).toBe(2);
  });

  it('is not woken by appends while its wakes are held, and is woken once at the release', async () => {
    const { store, append } = appendSignals();
    let steps = 0;
    const loop = new LogPollingLoop({
      store,
      pollIntervalMs: 60_000, // longer than the test's timeout: only a wake-up brings another pass
      step: async () => {
        steps++;
        return 0;
      },
    });
    loop.start();
    while (steps < 1) await tick();
    const release = loop.holdWakes();
    const releaseAnother = loop.holdWakes();
    for (let i = 0; i < 50; i++) append();
    await tick();
    await tick();
    expect(steps).toBe(1);
    release();
    release(); // a release counts once
    await tick();
    await tick();
    expect(steps).toBe(1); // the other hold is still on
    releaseAnother();
    while (steps < 2) await tick();
    await tick();
    await tick();
    expect(steps).toBe(2);
    // Released: every append wakes it again; a release with no append meanwhile wakes nothing.
    loop.holdWakes()();
    await tick();
    await tick();
    expect(steps).toBe(2);
    append();
    while (steps < 3) await tick();
    await loop.stop();
    expect(steps).toBe(3);
  });

  it('ends a pass on a step that read to the end, instead of reading once more to find nothing', async () => {
    const { store } = appendSignals();
    let unread = 12; // events in the "log"
    let reads = 0;
    let lastReadShort = false;
    const loop = new LogPollingLoop({
      store,
      readToEnd: () => lastReadShort,
      step: async () => {
        reads++;
        const batch = Math.min(unread, 5);
        unread -= batch;
        lastReadShort = batch < 5;
        return batch;
      },
    });
    await expect(loop.drain()).resolves.toBe(12);
    expect(reads).toBe(3); // 5, 5 and 2: the short third read says the log had no more
    await expect(loop.drain()).resolves.toBe(0);
    expect(reads).toBe(4);
  });
});
