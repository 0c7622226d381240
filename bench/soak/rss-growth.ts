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

/** Each platform process's RSS at one quiet moment (the load paused, the consumers caught up), by pid. */
export interface RssAtRest {
  readonly atS: number;
  readonly processes: readonly { readonly name: string; readonly pid: number; readonly kib: number }[];
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
 * RSS growth of each process between two quiet moments: after the warm-up and at the end, both with the load
 * paused and the consumers caught up, so like is compared with like (under load, RSS holds whatever garbage the
 * last collection left, which says little about a leak). A process killed and restarted in between is a new
 * pid and is not compared: it was not there at the first moment.
 */
export const rssGrowthAtRest = (first: RssAtRest, last: RssAtRest): RssGrowth[] =>
  last.processes.flatMap((end) => {
    const start = first.processes.find((p) => p.pid === end.pid);
    if (start === undefined) return [];
    return [
      {
        name: end.name,
        pid: end.pid,
        fromS: first.atS,
        toS: last.atS,
        fromKib: start.kib,
        toKib: end.kib,
        growthPercent: ((end.kib - start.kib) / start.kib) * 100,
      },
    ];
  });
