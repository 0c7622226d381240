import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { eventually } from '@qinqing/shared/testing';
import { type SupervisedProcess, superviseProcess, type SupervisionEvent } from './process-supervisor';

/** A stand-in for a platform process: a Node child running `script`. */
const nodeProcess = (script: string): SupervisedProcess => {
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { name: 'stand-in', child, exited };
};

const policy = { initialDelayMs: 100, maxDelayMs: 400, stableAfterMs: 2_000 };

describe('superviseProcess', () => {
  it('starts a process that was killed again after a pause, and leaves it alone once stopped', async () => {
    const events: SupervisionEvent[] = [];
    const service = superviseProcess('service', () => nodeProcess('setInterval(() => {}, 1000)'), {
      policy,
      onEvent: (event) => events.push(event),
    });
    const first = service.current;
    first.child.kill('SIGKILL');
    await eventually(async () => (service.restarts === 1 ? true : undefined));
    expect(service.current).not.toBe(first);
    expect(service.current.child.exitCode).toBeNull();
    expect(events).toEqual([
      { kind: 'exited', name: 'service', code: 'SIGKILL', restartInMs: 100 },
      { kind: 'restarted', name: 'service', restarts: 1 },
    ]);

    const second = service.current;
    await service.stop();
    expect(second.child.signalCode).toBe('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.restarts).toBe(1); // a stop is not a crash
  });

  it('backs off while it keeps crashing right after starting: 100, 200, 400, 400 ms', async () => {
    const events: SupervisionEvent[] = [];
    const service = superviseProcess('crashing', () => nodeProcess('process.exit(3)'), {
      policy,
      onEvent: (event) => events.push(event),
    });
    try {
      await eventually(async () => (service.restarts >= 4 ? true : undefined), 10_000);
    } finally {
      await service.stop();
    }
    expect(
      events
        .filter((e) => e.kind === 'exited')
        .slice(0, 4)
        .map((e) => (e.kind === 'exited' ? [e.code, e.restartInMs] : [])),
    ).toEqual([
      [3, 100],
      [3, 200],
      [3, 400],
      [3, 400],
    ]);
  });
});
