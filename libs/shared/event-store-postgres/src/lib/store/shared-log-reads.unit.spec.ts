import { describe, expect, it } from 'vitest';
import { SharedLogReads } from './shared-log-reads';

/** A query that resolves when told to, counting how often it was sent. */
const controlledQuery = () => {
  let sent = 0;
  const pending: ((rows: string[]) => void)[] = [];
  return {
    sent: () => sent,
    query: () => {
      sent++;
      return new Promise<string[]>((resolve) => pending.push(resolve));
    },
    answer: (rows: string[]) => pending.splice(0).forEach((resolve) => resolve(rows)),
  };
};

describe('SharedLogReads', () => {
  it('sends one query for followers reading the same place at the same moment', async () => {
    const reads = new SharedLogReads<string[]>();
    const db = controlledQuery();

    const answers = Promise.all([1, 2, 3].map(() => reads.read(['7', '42', 500], db.query)));
    db.answer(['event 43']);

    expect(await answers).toEqual([['event 43'], ['event 43'], ['event 43']]);
    expect(db.sent()).toBe(1);
  });

  it('does not share a read begun before an append with a follower that the append woke', async () => {
    const reads = new SharedLogReads<string[]>();
    const db = controlledQuery();

    const before = reads.read(['7', '42', 500], db.query);
    reads.appended();
    const after = reads.read(['7', '42', 500], db.query);

    expect(db.sent()).toBe(2);
    db.answer([]);
    await Promise.all([before, after]);
  });

  it('does not share reads of different places, and sends a new query once the last one has answered', async () => {
    const reads = new SharedLogReads<string[]>();
    const db = controlledQuery();

    const first = reads.read(['7', '42', 500], db.query);
    const elsewhere = reads.read(['7', '40', 500], db.query);
    db.answer([]);
    await Promise.all([first, elsewhere]);
    const again = reads.read(['7', '42', 500], db.query);
    db.answer([]);
    await again;

    expect(db.sent()).toBe(3);
  });
});
