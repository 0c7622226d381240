import type { MemoryAfterGc } from './heap-after-gc';

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

/**
 * Each platform process's RSS at one quiet moment (the load paused, the consumers caught up), by pid; then its
 * RSS and heap in use right after a forced full collection (null when its inspector did not answer).
 */
export interface RssAtRest {
  readonly atS: number;
  readonly processes: readonly {
    readonly name: string;
    readonly pid: number;
    readonly kib: number;
    readonly afterGc: MemoryAfterGc | null;
  }[];
}

/** The same process's memory after a forced full collection at the two quiet moments. */
export interface GrowthAfterGc {
  readonly from: MemoryAfterGc;
  readonly to: MemoryAfterGc;
  readonly rssGrowthPercent: number;
  readonly heapGrowthPercent: number;
}

export interface RssGrowth {
  readonly name: string;
  readonly pid: number;
  readonly fromS: number;
  readonly toS: number;
  readonly fromKib: number;
  readonly toKib: number;
  readonly growthPercent: number;
  /** Null when either reading after a forced collection is missing. */
  readonly afterGc: GrowthAfterGc | null;
}

const percent = (from: number, to: number): number => ((to - from) / from) * 100;

/**
 * RSS growth of each process between two quiet moments: after the warm-up and at the end, both with the load
 * paused and the consumers caught up, so like is compared with like (under load, RSS holds whatever garbage the
 * last collection left, which says little about a leak). A process killed and restarted in between is a new
 * pid and is not compared: it was not there at the first moment. The same after a forced full collection, which
 * leaves out the garbage the collector had not reclaimed yet: what is left there is what the process holds.
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
        growthPercent: percent(start.kib, end.kib),
        afterGc:
          start.afterGc === null || end.afterGc === null
            ? null
            : {
                from: start.afterGc,
                to: end.afterGc,
                rssGrowthPercent: percent(start.afterGc.rssKib, end.afterGc.rssKib),
                heapGrowthPercent: percent(start.afterGc.heapUsedKib, end.afterGc.heapUsedKib),
              },
      },
    ];
  });
