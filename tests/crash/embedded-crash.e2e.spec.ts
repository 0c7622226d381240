import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashRounds } from '../support/crash/crash-rounds';

/**
 * The smoke of `npm run bench:crash` (20 rounds there): the one-process app killed with SIGKILL while staff
 * commands are in flight, restarted on the same data directory, twice. Every command it answered 2xx is
 * there after each restart, and the directory opens each time.
 */
describe('the one-process app killed with SIGKILL mid-command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qinqing-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged command and reopens its data directory', async () => {
    const run = await runCrashRounds({ dataDir, rounds: 2 });
    expect(run.rounds).toHaveLength(2);
    for (const round of run.rounds) {
      expect(round.filed, `round ${round.round} acknowledged something before the kill`).toBeGreaterThan(0);
      expect(round.missing, `round ${round.round}`).toEqual([]);
    }
    expect(run.rounds.at(-1)?.checked).toBe(run.rounds.reduce((sum, round) => sum + round.filed, 0));
  }, 600_000);
});
