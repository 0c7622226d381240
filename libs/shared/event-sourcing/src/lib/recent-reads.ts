/**
 * Read-model rows a page shows, remembered for a short while (at most `maxAgeMs`, as long as CachedStreamFold
 * keeps the policy and the calendar) and at most `capacity` of them, the least recently used dropped first.
 * Only for what may be seconds stale without harm — display names, the actions a page offers — never for what an
 * access check or a decision rests on: those read the table every time.
 *
 * `forget` drops a key its owner just changed; a read that was already under way when something was forgotten
 * is answered but not remembered, so it cannot put back what the change replaced.
 */
export class RecentReads<Key, Value> {
  private readonly entries = new Map<Key, { readonly value: Value; readonly readAt: number }>();
  private forgets = 0;

  constructor(
    private readonly capacity: number,
    private readonly maxAgeMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The remembered value of `key`, or what `read` answers (then remembered). */
  async get(key: Key, read: () => Promise<Value>): Promise<Value> {
    const found = await this.getMany([key], async () => new Map([[key, await read()]]));
    return found.get(key) as Value;
  }

  /**
   * The remembered values of `keys`, the others read in one go by `readMissing`; a key it does not answer is
   * left out of the result and not remembered (so it is asked again next time).
   */
  async getMany(
    keys: Iterable<Key>,
    readMissing: (missing: readonly Key[]) => Promise<ReadonlyMap<Key, Value>>,
  ): Promise<Map<Key, Value>> {
    const found = new Map<Key, Value>();
    const missing: Key[] = [];
    const now = this.now();
    for (const key of new Set(keys)) {
      const entry = this.entries.get(key);
      if (entry !== undefined && now - entry.readAt < this.maxAgeMs) {
        // Refreshed as the most recently used: Map keeps insertion order.
        this.entries.delete(key);
        this.entries.set(key, entry);
        found.set(key, entry.value);
      } else missing.push(key);
    }
    if (missing.length === 0) return found;
    const forgetsBefore = this.forgets;
    const read = await readMissing(missing);
    const remember = this.forgets === forgetsBefore;
    for (const key of missing) {
      if (!read.has(key)) continue;
      const value = read.get(key) as Value;
      found.set(key, value);
      if (remember) this.remember(key, value, now);
    }
    return found;
  }

  forget(key: Key): void {
    this.forgets += 1;
    this.entries.delete(key);
  }

  private remember(key: Key, value: Value, readAt: number): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, readAt });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as Key);
  }
}
