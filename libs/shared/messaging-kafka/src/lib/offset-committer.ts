/** Commits one partition's offset; resolves once the group coordinator accepted it. */
export type CommitOffset = (topic: string, partition: number, offset: string) => Promise<void>;

interface PartitionCommits {
  /** The offset to commit once the commit in flight is answered; null when none is waiting. */
  waiting: string | null;
  /** The commits of this partition being sent, one after another, until none waits. */
  sending: Promise<void>;
}

/**
 * A consumer's offset commits, off the path of its messages: the batch that made an offset safe to commit
 * (its effects committed in SQL) queues it and returns, and the consumer fetches its next batch while the
 * broker answers. A commit costs a broker round trip (2.5 ms at p50 in bench:kafka, on a loaded machine) that
 * otherwise delayed every message fetched after it.
 *
 * Per partition one commit is in flight at a time, in queue order, and an offset queued meanwhile replaces
 * the one waiting behind it (offsets only grow: the later commit covers the earlier). A commit that fails is
 * kept for `takeFailure`, so the consumer's next batch fails with it as its own commit would have; until then
 * the offset stays behind, which redelivers, never skips (the inbox drops what was handled already).
 */
export class OffsetCommitter {
  private readonly partitions = new Map<string, PartitionCommits>();
  private failure: { readonly error: unknown } | null = null;

  constructor(private readonly commit: CommitOffset) {}

  /** Queues `offset` (the next one to read) of a partition. */
  queue(topic: string, partition: number, offset: string): void {
    const key = `${partition}:${topic}`;
    const pending = this.partitions.get(key);
    if (pending !== undefined) {
      pending.waiting = offset;
      return;
    }
    const commits: PartitionCommits = { waiting: offset, sending: Promise.resolve() };
    this.partitions.set(key, commits);
    commits.sending = this.send(key, topic, partition, commits);
  }

  /** Resolves once every offset queued so far was committed or failed (see takeFailure). */
  async flush(): Promise<void> {
    while (this.partitions.size > 0) {
      await Promise.all([...this.partitions.values()].map((p) => p.sending));
    }
  }

  /** The first error of a commit that failed since the last call, once; null when none did. */
  takeFailure(): { readonly error: unknown } | null {
    const failure = this.failure;
    this.failure = null;
    return failure;
  }

  private async send(
    key: string,
    topic: string,
    partition: number,
    commits: PartitionCommits,
  ): Promise<void> {
    for (;;) {
      const offset = commits.waiting;
      if (offset === null) {
        this.partitions.delete(key); // in the same turn as the check: a later queue() starts a new sender
        return;
      }
      commits.waiting = null;
      try {
        await this.commit(topic, partition, offset);
      } catch (error) {
        this.failure ??= { error };
      }
    }
  }
}
