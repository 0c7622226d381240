import { describe, expect, it } from 'vitest';
import { AppendCombiner } from './append-combiner';

interface TestAppend {
  readonly streamId: string;
  readonly events: readonly string[];
}

/** A statement the test ends by hand, so what runs at once is decided by the test, not by timing. */
interface Statement {
  readonly appends: readonly TestAppend[];
  readonly together: boolean;
  finish(outcome: 'ok' | 'nothing' | 'fail'): void;
}

const harness = (slots: number, maxEvents = 100) => {
  const statements: Statement[] = [];
  const combiner = new AppendCombiner<TestAppend, string>({
    slots,
    maxEvents,
    sendAlone: (append) =>
      new Promise((resolve, reject) =>
        statements.push({
          appends: [append],
          together: false,
          finish: (outcome) =>
            outcome === 'fail'
              ? reject(new Error(`${append.streamId} refused`))
              : resolve(`alone:${append.streamId}`),
        }),
      ),
    sendTogether: (appends) =>
      new Promise((resolve, reject) =>
        statements.push({
          appends,
          together: true,
          finish: (outcome) =>
            outcome === 'fail'
              ? reject(new Error('statement failed'))
              : resolve(outcome === 'nothing' ? null : appends.map((a) => `together:${a.streamId}`)),
        }),
      ),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { combiner, statements, settle };
};

const append = (streamId: string, events = 1): TestAppend => ({
  streamId,
  events: Array.from({ length: events }, (_, i) => `${streamId}-${i}`),
});
const streamsOf = (statement: Statement | undefined) => statement?.appends.map((a) => a.streamId);

describe('AppendCombiner', () => {
  it('sends an append alone at once while a slot is free', async () => {
    const { combiner, statements, settle } = harness(2);
    const a = combiner.append(append('a'));
    const b = combiner.append(append('b'));

    expect(statements.map((s) => [s.together, streamsOf(s)])).toEqual([
      [false, ['a']],
      [false, ['b']],
    ]);
    statements.forEach((s) => s.finish('ok'));
    await settle();
    expect(await Promise.all([a, b])).toEqual(['alone:a', 'alone:b']);
  });

  it('sends the appends that waited for a busy slot as one statement when it frees', async () => {
    const { combiner, statements, settle } = harness(1);
    const first = combiner.append(append('a'));
    const waiting = ['b', 'c', 'd'].map((stream) => combiner.append(append(stream)));
    expect(statements).toHaveLength(1);

    statements[0]?.finish('ok');
    await settle();
    expect(statements).toHaveLength(2);
    expect(statements[1]?.together).toBe(true);
    expect(streamsOf(statements[1])).toEqual(['b', 'c', 'd']);
    statements[1]?.finish('ok');
    expect(await first).toBe('alone:a');
    expect(await Promise.all(waiting)).toEqual(['together:b', 'together:c', 'together:d']);
  });

  it('keeps a second append to the same stream for the next statement, in its place', async () => {
    const { combiner, statements, settle } = harness(1);
    void combiner.append(append('a'));
    const queued = [append('b'), append('c'), append('b'), append('d')].map((a) => combiner.append(a));

    statements[0]?.finish('ok');
    await settle();
    expect(streamsOf(statements[1])).toEqual(['b', 'c', 'd']);
    statements[1]?.finish('ok');
    await settle();
    expect(streamsOf(statements[2])).toEqual(['b']);
    expect(statements[2]?.together).toBe(false);
    statements[2]?.finish('ok');
    expect(await Promise.all(queued)).toEqual(['together:b', 'together:c', 'alone:b', 'together:d']);
  });

  it('puts no more events in one statement than maxEvents, keeping the order', async () => {
    const { combiner, statements, settle } = harness(1, 5);
    void combiner.append(append('a'));
    void combiner.append(append('b', 3));
    void combiner.append(append('c', 3));
    void combiner.append(append('d', 1));

    statements[0]?.finish('ok');
    await settle();
    expect(streamsOf(statements[1])).toEqual(['b']);
    statements[1]?.finish('ok');
    await settle();
    expect(streamsOf(statements[2])).toEqual(['c', 'd']);
  });

  it.each(['nothing', 'fail'] as const)(
    'sends every append again alone when the combined statement inserts %s, each caller getting its own outcome',
    async (outcome) => {
      const { combiner, statements, settle } = harness(1);
      void combiner.append(append('a'));
      const b = combiner.append(append('b')).catch((error: Error) => error.message);
      const c = combiner.append(append('c'));
      statements[0]?.finish('ok');
      await settle();
      statements[1]?.finish(outcome);
      await settle();

      expect(statements[2]?.together).toBe(false);
      expect(streamsOf(statements[2])).toEqual(['b']);
      statements[2]?.finish('fail');
      await settle();
      expect(streamsOf(statements[3])).toEqual(['c']);
      statements[3]?.finish('ok');
      expect(await b).toBe('b refused');
      expect(await c).toBe('alone:c');
    },
  );

  it('frees the slot after a failure, so later appends still go', async () => {
    const { combiner, statements, settle } = harness(1);
    const a = combiner.append(append('a'));
    statements[0]?.finish('fail');
    await expect(a).rejects.toThrow('a refused');
    await settle();

    const b = combiner.append(append('b'));
    expect(statements).toHaveLength(2);
    statements[1]?.finish('ok');
    expect(await b).toBe('alone:b');
  });

  it('refuses a number of slots that is not a positive integer', () => {
    expect(() => harness(0)).toThrow(RangeError);
  });
});
