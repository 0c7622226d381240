import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate';

/** A task the test finishes by hand, recording when it started. */
const manual = (started: string[], name: string) => {
  let finish = () => undefined as void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
};

const full = () => new Error('full');
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyGate', () => {
  it('given two slots and a queue of two, when five ask at once, then two run, two wait and the fifth is refused', async () => {
    const gate = new ConcurrencyGate({ concurrent: 2, queued: 2 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name) => manual(started, name));
    const answers = tasks.map((t) => gate.run(t.task, full));
    await expect(answers[4]).rejects.toThrow('full');
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load()).toEqual({ running: 2, waiting: 2 });
  });

  it('when a running task ends, then the oldest waiting one takes its slot, and the slots are given back at the end', async () => {
    const gate = new ConcurrencyGate({ concurrent: 1, queued: 2 });
    const started: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) => manual(started, name));
    if (a === undefined || b === undefined || c === undefined) throw new Error('three tasks');
    const answers = [a, b, c].map((t) => gate.run(t.task, full));
    a.finish();
    expect(await answers[0]).toBe('a');
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load()).toEqual({ running: 1, waiting: 1 });
    b.finish();
    c.finish();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c']);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('gives the slot back when a task fails', async () => {
    const gate = new ConcurrencyGate({ concurrent: 1, queued: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')), full)).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('next'), full)).toBe('next');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
