/**
 * Counters summed per key over a batch, for one set-based write of the sums: added to in any order, read in key
 * order (the statement then takes its rows' locks in that order, as every batch of the same writer does).
 */
export class SumsByKey<Row extends object, Counter extends string> {
  private readonly sums = new Map<string, Row & Record<Counter, number>>();

  constructor(private readonly counters: readonly Counter[]) {}

  /** Adds to the counters of `key`; the first time, its row is `row` with every counter at zero. */
  add(key: string, row: Row, by: Partial<Record<Counter, number>>): void {
    let sum = this.sums.get(key);
    if (sum === undefined) {
      sum = { ...row, ...Object.fromEntries(this.counters.map((counter) => [counter, 0])) } as Row &
        Record<Counter, number>;
      this.sums.set(key, sum);
    }
    const counts = sum as Record<Counter, number>;
    for (const counter of this.counters) counts[counter] += by[counter] ?? 0;
  }

  /** Every key's sums, in key order. */
  all(): (Row & Record<Counter, number>)[] {
    return [...this.sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, sum]) => sum);
  }

  /** The sums that change something (a counter not at zero), in key order. */
  changed(): (Row & Record<Counter, number>)[] {
    return this.all().filter((sum) => this.counters.some((counter) => sum[counter] !== 0));
  }
}
