/** One caller's append as the combiner sees it: the stream it goes to and how many events it carries. */
export interface CombinableAppend {
  readonly streamId: string;
  readonly events: readonly unknown[];
}

export interface AppendCombinerOptions<Append extends CombinableAppend, Result> {
  /** Statements that may run at once; an append arriving while all are busy waits for one to end. */
  readonly slots: number;
  /** Most events one combined statement carries. */
  readonly maxEvents: number;
  /** Sends one append as it would be sent without the combiner. */
  sendAlone(append: Append): Promise<Result>;
  /**
   * Sends several appends (distinct streams) as one statement, all or nothing: their results in input
   * order, or null when the statement inserted nothing (an append at fault, whichever it was).
   */
  sendTogether(appends: readonly Append[]): Promise<readonly Result[] | null>;
}

interface Waiting<Append, Result> {
  readonly append: Append;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Group commit for single appends. While a free slot exists an append is sent at once, alone, so a lone
 * writer waits for nothing. Appends that arrive while every slot is busy queue up, and the next free slot
 * sends the queue as ONE statement: one round trip and one commit (one WAL flush) for all of them
 * instead of one each. All or nothing is the statement's nature, but not what a caller asked for: when
 * the combined statement inserts nothing (one append's stream moved, an id or key is taken, the database
 * failed), every append of it is sent again alone, so each caller gets exactly the result or the error
 * its own append would have had. A stream appears at most once per statement (a second append to it
 * waits for the next), because its expected revision depends on the first one's outcome.
 */
export class AppendCombiner<Append extends CombinableAppend, Result> {
  private readonly queue: Waiting<Append, Result>[] = [];
  private busySlots = 0;

  constructor(private readonly options: AppendCombinerOptions<Append, Result>) {
    if (!(Number.isSafeInteger(options.slots) && options.slots >= 1)) {
      throw new RangeError(`AppendCombiner slots must be a positive integer, got ${options.slots}`);
    }
  }

  append(append: Append): Promise<Result> {
    if (this.busySlots < this.options.slots && this.queue.length === 0) {
      this.busySlots++;
      return this.options.sendAlone(append).finally(() => this.slotFreed());
    }
    return new Promise<Result>((resolve, reject) => this.queue.push({ append, resolve, reject }));
  }

  private slotFreed(): void {
    this.busySlots--;
    while (this.busySlots < this.options.slots && this.queue.length > 0) {
      this.busySlots++;
      void this.send(this.takeGroup()).finally(() => this.slotFreed());
    }
  }

  /** The longest run of waiting appends to distinct streams within maxEvents; the rest keep their place. */
  private takeGroup(): Waiting<Append, Result>[] {
    const group: Waiting<Append, Result>[] = [];
    const streams = new Set<string>();
    let events = 0;
    for (let i = 0; i < this.queue.length;) {
      const waiting = this.queue[i] as Waiting<Append, Result>;
      const size = waiting.append.events.length;
      const fits = group.length === 0 || events + size <= this.options.maxEvents;
      if (!fits) break;
      if (streams.has(waiting.append.streamId)) {
        i++;
        continue;
      }
      streams.add(waiting.append.streamId);
      events += size;
      group.push(waiting);
      this.queue.splice(i, 1);
    }
    return group;
  }

  private async send(group: readonly Waiting<Append, Result>[]): Promise<void> {
    let results: readonly Result[] | null = null;
    if (group.length > 1) {
      try {
        results = await this.options.sendTogether(group.map((waiting) => waiting.append));
      } catch {
        // Whatever failed the statement is found again, and reported to its own caller, by sending alone.
        results = null;
      }
    }
    if (results !== null) {
      group.forEach((waiting, i) => waiting.resolve(results[i] as Result));
      return;
    }
    for (const waiting of group) {
      try {
        waiting.resolve(await this.options.sendAlone(waiting.append));
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}
