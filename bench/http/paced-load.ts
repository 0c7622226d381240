import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from '../kafka/stats';

export interface PacedTarget {
  readonly url: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface PacedResult {
  /** Answers per second from the first request's due time to the last answer. */
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Answers that were not 2xx, and requests that failed on the connection. */
  readonly failed: number;
  /** Requests sent more than 10 ms after they were due (the sender itself falling behind). */
  readonly late: number;
}

/**
 * `rate` requests a second for `seconds`, evenly spaced (one every 1000 / rate ms) and open loop: each is sent
 * when it is due whatever the others are doing, on as many keep-alive connections as are busy, and timed from
 * the moment it was due, so a server — or this sender — falling behind shows in the latency. (autocannon's
 * `overallRate` lets each connection send its share of a second back to back at the second's start, a burst of
 * the whole second's requests, and corrects its latencies with an expected interval of 1 ms instead of 1000 /
 * rate.)
 */
export const pacedLoad = async (target: PacedTarget, rate: number, seconds: number): Promise<PacedResult> => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failed = 0;
  let late = 0;
  const send = (due: number): Promise<void> =>
    new Promise((resolve) => {
      if (performance.now() - due > 10) late++;
      const outgoing = request(
        target.url,
        { method: target.method ?? 'GET', headers: target.headers ?? {}, agent },
        (answer) => {
          answer.resume();
          answer.on('end', () => {
            const status = answer.statusCode ?? 0;
            if (status < 200 || status >= 300) failed++;
            latencies.push(performance.now() - due);
            resolve();
          });
        },
      );
      outgoing.on('error', () => {
        failed++;
        resolve();
      });
      outgoing.end(target.body);
    });
  const start = performance.now() + 10;
  const sent: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(due));
  }
  await Promise.all(sent);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    failed,
    late,
  };
};
