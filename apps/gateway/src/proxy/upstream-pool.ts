/** How long a replica that refused a connection is tried only after the others. */
export const REPLICA_REST_MS = 2_000;

/**
 * The replicas of one service (`APPEALS_SERVICE_URL=http://a:3101,http://b:3101`): each request goes to the next
 * in turn, so the replicas share the load; one that could not be reached rests for `restMs`, tried only when
 * the others cannot be reached either, and is back in turn once it answers. One URL (compose reaches the
 * replicas by one service name, its DNS spreads the connections) is a pool of one.
 */
export class UpstreamPool {
  private turn = 0;
  private readonly restingUntil = new Map<string, number>();

  constructor(
    readonly urls: readonly string[],
    private readonly now: () => number = Date.now,
    private readonly restMs = REPLICA_REST_MS,
  ) {
    if (urls.length === 0) throw new Error('An upstream pool needs at least one URL');
  }

  /** The replicas to try for one request, in order: the next in turn first, resting ones last. */
  order(): readonly string[] {
    const start = this.turn++ % this.urls.length;
    const rotated = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    const now = this.now();
    const resting = (url: string) => (this.restingUntil.get(url) ?? 0) > now;
    return [...rotated.filter((url) => !resting(url)), ...rotated.filter(resting)];
  }

  /** It could not be reached: the next requests go to the others first. */
  unreachable(url: string): void {
    this.restingUntil.set(url, this.now() + this.restMs);
  }

  /** It answered. */
  answered(url: string): void {
    this.restingUntil.delete(url);
  }
}
