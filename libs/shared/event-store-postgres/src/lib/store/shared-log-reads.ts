/**
 * Lets the followers in one process share a read of the global log. An append wakes every projection and
 * consumer at once, and most of them stand at the same place: without sharing, each sends the same query.
 * A read joins one already in flight for the same arguments only if nothing has been appended in this
 * process since that read began, so a follower woken by an append always gets a read that can see it.
 * (Appends by other processes wake no one; the followers' polling finds them.)
 */
export class SharedLogReads<Result> {
  private readonly inFlight = new Map<string, Promise<Result>>();
  private appends = 0;

  /** Call after every append in this process. */
  appended(): void {
    this.appends++;
  }

  read(args: readonly unknown[], query: () => Promise<Result>): Promise<Result> {
    const key = `${this.appends}|${args.map(String).join('|')}`;
    const shared = this.inFlight.get(key);
    if (shared !== undefined) return shared;
    const started = query().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
