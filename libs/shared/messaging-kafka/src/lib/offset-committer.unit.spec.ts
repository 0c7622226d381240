import { describe, expect, it } from 'vitest';
import { OffsetCommitter } from './offset-committer';

/** A broker whose answers the test releases one by one, so what is in flight when is up to the test. */
const heldBroker = () => {
  const sent: string[] = [];
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const commit = (topic: string, partition: number, offset: string): Promise<void> => {
    sent.push(`${topic}/${partition}@${offset}`);
    return new Promise<void>((resolve, reject) => answers.push({ resolve, reject }));
  };
  const settle = async (outcome: 'ok' | Error): Promise<void> => {
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no commit in flight');
    if (outcome === 'ok') answer.resolve();
    else answer.reject(outcome);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { sent, commit, settle, inFlight: () => answers.length };
};

describe('OffsetCommitter', () => {
  it('sends one commit per partition at a time; what was queued meanwhile goes next, the latest only', async () => {
    const broker = heldBroker();
    const committer = new OffsetCommitter(broker.commit);
    committer.queue('t', 0, '5');
    committer.queue('t', 0, '9');
    committer.queue('t', 0, '12');
    committer.queue('t', 1, '3');
    expect(broker.sent).toEqual(['t/0@5', 't/1@3']);
    await broker.settle('ok'); // t/0@5
    expect(broker.sent).toEqual(['t/0@5', 't/1@3', 't/0@12']);
    await broker.settle('ok');
    await broker.settle('ok');
    expect(broker.inFlight()).toBe(0);
    committer.queue('t', 0, '13'); // a partition whose commits had all been answered starts again
    expect(broker.sent.at(-1)).toBe('t/0@13');
  });

  it('flush resolves only when everything queued before and during it was answered', async () => {
    const broker = heldBroker();
    const committer = new OffsetCommitter(broker.commit);
    committer.queue('t', 0, '1');
    let flushed = false;
    const flushing = committer.flush().then(() => {
      flushed = true;
    });
    committer.queue('t', 0, '2');
    await broker.settle('ok');
    expect(flushed).toBe(false);
    await broker.settle('ok');
    await flushing;
    expect(broker.sent).toEqual(['t/0@1', 't/0@2']);
  });

  it('keeps the first failure for the consumer to fail its next batch with, once, and goes on committing', async () => {
    const broker = heldBroker();
    const committer = new OffsetCommitter(broker.commit);
    committer.queue('t', 0, '1');
    committer.queue('t', 0, '2');
    await broker.settle(new Error('coordinator gone'));
    await broker.settle('ok');
    await committer.flush();
    expect(committer.takeFailure()).toEqual({ error: new Error('coordinator gone') });
    expect(committer.takeFailure()).toBeNull();
    expect(broker.sent).toEqual(['t/0@1', 't/0@2']);
  });
});
