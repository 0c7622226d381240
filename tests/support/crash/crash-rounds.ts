import { type AcknowledgedRequest, findMissing, StaffWorkload } from './acknowledged-commands';
import { type EmbeddedProcess, startEmbeddedProcess } from './embedded-process';

export interface CrashRoundsOptions {
  /** The data directory every start of the app opens (created on the first). */
  readonly dataDir: string;
  readonly rounds: number;
  /** Staff sessions sending commands at the same time (default 4). */
  readonly writers?: number;
  /** The kill lands at a random moment up to this long after the round's first acknowledgement (default 2 s). */
  readonly maxKillDelayMs?: number;
  /** Called after each round, e.g. to print it. */
  readonly onRound?: (round: CrashRound) => void;
}

export interface CrashRound {
  readonly round: number;
  /** After the round's first acknowledgement, when SIGKILL was sent. */
  readonly killDelayMs: number;
  /** Commands sent and not yet answered at that moment. */
  readonly inFlightAtKill: number;
  readonly filed: number;
  readonly handedOff: number;
  /** Every request acknowledged since the first round, all read back after this restart. */
  readonly checked: number;
  /** Acknowledged requests the restarted app did not have (or not as acknowledged): must be empty. */
  readonly missing: readonly string[];
  /** From spawn to ready on the directory the killed process left. */
  readonly restartMs: number;
}

export interface CrashRun {
  readonly firstStartMs: number;
  readonly rounds: readonly CrashRound[];
}

/**
 * Kills the one-process app with SIGKILL while staff commands are in flight, restarts it on the same data
 * directory and reads back every command it had acknowledged, `rounds` times. Timing only chooses where the
 * kill lands; what is checked is the acknowledged commands, whatever the timing was. A restart that fails
 * (the directory does not open) throws with the app's last output.
 */
export const runCrashRounds = async (options: CrashRoundsOptions): Promise<CrashRun> => {
  const writers = options.writers ?? 4;
  const maxKillDelayMs = options.maxKillDelayMs ?? 2_000;
  let app: EmbeddedProcess = await startEmbeddedProcess(options.dataDir);
  const firstStartMs = app.startMs;
  const acknowledged: AcknowledgedRequest[] = [];
  const rounds: CrashRound[] = [];
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const workload = new StaffWorkload(`崩溃第${round}轮`);
      const running = workload.run(app.baseUrl, writers);
      await Promise.race([workload.acknowledgedOnce, running]);
      const killDelayMs = Math.round(Math.random() * maxKillDelayMs);
      await new Promise((resolve) => setTimeout(resolve, killDelayMs));
      const inFlightAtKill = workload.inFlight;
      await app.kill();
      await running;
      acknowledged.push(...workload.acknowledged);

      app = await startEmbeddedProcess(options.dataDir);
      const result: CrashRound = {
        round,
        killDelayMs,
        inFlightAtKill,
        filed: workload.acknowledged.length,
        handedOff: workload.acknowledged.filter((request) => request.handedOff).length,
        checked: acknowledged.length,
        missing: await findMissing(app.baseUrl, acknowledged),
        restartMs: app.startMs,
      };
      rounds.push(result);
      options.onRound?.(result);
    }
  } finally {
    await app.stop();
  }
  return { firstStartMs, rounds };
};
