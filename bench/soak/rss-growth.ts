/** One RSS reading of one process lifetime (a pid: a restart is a new lifetime). */
export interface RssSample {
  readonly atS: number;
  readonly kib: number;
}

export interface Lifetime {
  readonly name: string;
  readonly pid: number;
  /** Seconds into the load it started (0 for a process already running when the load began). */
  readonly startedAtS: number;
  readonly samples: readonly RssSample[];
}

export interface RssGrowth {
  readonly name: string;
  readonly pid: number;
  readonly fromS: number;
  readonly toS: number;
  readonly fromKib: number;
  readonly toKib: number;
  readonly growthPercent: number;
}

/**
 * RSS growth of each lifetime after its warm-up: from its first sample at least `warmUpS` after it started to
 * its last sample, for lifetimes observed that way for at least `minObservedS` (a process killed soon after its
 * warm-up says nothing about growth). A restarted process is measured against itself, not against the one
 * that was killed.
 */
export const rssGrowthAfterWarmUp = (
  lifetimes: readonly Lifetime[],
  warmUpS: number,
  minObservedS: number,
): RssGrowth[] =>
  lifetimes.flatMap((lifetime) => {
    const from = lifetime.samples.find((sample) => sample.atS >= lifetime.startedAtS + warmUpS);
    const to = lifetime.samples.at(-1);
    if (from === undefined || to === undefined || to.atS - from.atS < minObservedS) return [];
    return [
      {
        name: lifetime.name,
        pid: lifetime.pid,
        fromS: from.atS,
        toS: to.atS,
        fromKib: from.kib,
        toKib: to.kib,
        growthPercent: ((to.kib - from.kib) / from.kib) * 100,
      },
    ];
  });
