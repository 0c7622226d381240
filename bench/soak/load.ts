import type { CallOutcome, FlowClient, FlowStep } from './request-flow';

/** What the load did: every acknowledged step (to find in the log), and every refusal and failure, counted. */
export interface LoadTally {
  readonly flowsDue: number;
  readonly flowsStarted: number;
  readonly flowsFinished: number;
  readonly calls: number;
  readonly acknowledged: ReadonlyMap<string, readonly FlowStep[]>;
  readonly acknowledgedCalls: number;
  /** Refused while a service was down, by status ("no answer" when the connection failed). */
  readonly refused: ReadonlyMap<string, number>;
  /** Any other non-2xx answer: status → count, and the first few bodies. */
  readonly failed: ReadonlyMap<number, number>;
  readonly failureSamples: readonly string[];
}

export interface RunningLoad {
  /** Flows started so far. */
  flowsStarted(): number;
  /** Stops starting flows until `resume`, and waits for those in flight. The schedule leaves the pause out. */
  pause(): Promise<void>;
  resume(): void;
  /** Stops starting flows, waits for those in flight, and says what happened. */
  stop(): Promise<LoadTally>;
}

const TICK_MS = 50;

/**
 * Starts `flowsPerSecond` flows a second on a fixed schedule (open loop: a slow platform does not slow the
 * schedule), at most `maxInFlight` at once; flows that could not start in time are counted as due, not started.
 */
export const startLoad = (client: FlowClient, flowsPerSecond: number, maxInFlight: number): RunningLoad => {
  const startedAt = Date.now();
  const acknowledged = new Map<string, FlowStep[]>();
  const refused = new Map<string, number>();
  const failed = new Map<number, number>();
  const failureSamples: string[] = [];
  let calls = 0;
  let acknowledgedCalls = 0;
  let started = 0;
  let finished = 0;
  let due = 0;
  const inFlight = new Set<Promise<void>>();
  let pausedMs = 0;
  let pausedAt: number | null = null;
  const recorder = {
    acknowledged(requestId: string, step: FlowStep) {
      acknowledged.set(requestId, [...(acknowledged.get(requestId) ?? []), step]);
    },
    ended(outcome: CallOutcome, step: FlowStep) {
      calls++;
      if (outcome.kind === 'acknowledged') acknowledgedCalls++;
      else if (outcome.kind === 'refused') {
        const key = String(outcome.status);
        refused.set(key, (refused.get(key) ?? 0) + 1);
      } else {
        failed.set(outcome.status, (failed.get(outcome.status) ?? 0) + 1);
        if (failureSamples.length < 5) failureSamples.push(`${step} ${outcome.status} ${outcome.body}`);
      }
    },
  };
  const tick = () => {
    due = Math.floor(((Date.now() - startedAt - pausedMs) / 1_000) * flowsPerSecond);
    while (started < due && inFlight.size < maxInFlight) {
      started++;
      const flow = client
        .run(recorder)
        .catch((error: unknown) => {
          failed.set(0, (failed.get(0) ?? 0) + 1);
          if (failureSamples.length < 5) failureSamples.push(`flow threw: ${String(error)}`);
        })
        .finally(() => {
          finished++;
          inFlight.delete(flow);
        });
      inFlight.add(flow);
    }
  };
  let timer: NodeJS.Timeout | null = setInterval(tick, TICK_MS);
  const halt = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  return {
    flowsStarted: () => started,
    async pause() {
      halt();
      pausedAt ??= Date.now();
      await Promise.all([...inFlight]);
    },
    resume() {
      if (pausedAt !== null) pausedMs += Date.now() - pausedAt;
      pausedAt = null;
      timer ??= setInterval(tick, TICK_MS);
    },
    async stop() {
      halt();
      await Promise.all([...inFlight]);
      return {
        flowsDue: due,
        flowsStarted: started,
        flowsFinished: finished,
        calls,
        acknowledged,
        acknowledgedCalls,
        refused,
        failed,
        failureSamples,
      };
    },
  };
};
