import { DEFAULT_STATE_CACHE_SIZE } from '@qinqing/shared/event-sourcing';

/** What one soak run does, from the environment (defaults: issue 17's soak — 30 min, 500 events/s, a kill every 3 min). */
export interface SoakSettings {
  /** Length of the load, in seconds. */
  readonly durationS: number;
  /** Events per second the load aims at (appended to the services' logs, all of them together). */
  readonly targetRate: number;
  /** A random context service process is killed (SIGKILL) this often. */
  readonly killEveryS: number;
  /** When the broker is stopped and started again (once), seconds into the load. */
  readonly brokerRestartAtS: number;
  /** How long the broker stays down. */
  readonly brokerDownS: number;
  /**
   * The load runs this long before the measured load (no kills, no samples) to warm the processes up; then it
   * pauses for the first RSS at rest.
   */
  readonly warmUpS: number;
  /**
   * …and at least until this many flows have started: each files a new request, so the command handlers'
   * bounded state caches (DEFAULT_STATE_CACHE_SIZE streams per decider) are full before the first reading,
   * and RSS growth after it is not the caches filling up to their bound.
   */
  readonly warmUpFlows: number;
  /** RSS at rest is read this long after the load paused and the consumers caught up. */
  readonly quietS: number;
  /** Request flows in flight at most: beyond it the load is behind and says so. */
  readonly maxInFlight: number;
  /** How long the audit waits, after the load stops, for every consumer to have applied everything. */
  readonly convergeS: number;
}

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw}: expected a positive number`);
  return value;
};

/** A count that may be 0. */
const whole = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${raw}: expected a whole number ≥ 0`);
  return value;
};

export const soakSettings = (): SoakSettings => {
  const durationS = Math.round(number('BENCH_SOAK_MINUTES', 30) * 60);
  const killEveryS = number('BENCH_SOAK_KILL_EVERY_S', durationS >= 1_800 ? 180 : 60);
  return {
    durationS,
    targetRate: number('BENCH_SOAK_RATE', 500),
    killEveryS,
    // Halfway between two kills around the middle, so the broker's restart and a kill do not coincide.
    brokerRestartAtS: Math.floor(durationS / 2 / killEveryS) * killEveryS + killEveryS / 2,
    brokerDownS: number('BENCH_SOAK_BROKER_DOWN_S', 15),
    warmUpS: number('BENCH_SOAK_WARM_UP_S', Math.min(180, Math.round(durationS / 3))),
    // A full run warms up past the caches' bound (10 % more flows than the bound); a shorter one does not wait.
    warmUpFlows: whole('BENCH_SOAK_WARM_UP_FLOWS', durationS >= 1_800 ? DEFAULT_STATE_CACHE_SIZE * 1.1 : 0),
    quietS: number('BENCH_SOAK_QUIET_S', 10),
    maxInFlight: number('BENCH_SOAK_IN_FLIGHT', 48),
    convergeS: number('BENCH_SOAK_CONVERGE_S', 900),
  };
};
