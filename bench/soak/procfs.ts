import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
export const TICKS_PER_SECOND = 100;

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process is gone
  }
};

/** Resident set size in KiB (VmRSS), or null when the process is gone. */
export const rssKib = (pid: number): number | null => {
  const match = /^VmRSS:\s+(\d+) kB$/mu.exec(read(`/proc/${pid}/status`) ?? '');
  return match === null ? null : Number(match[1]);
};

/** User + system CPU time the process has used, in ticks, or null when it is gone. */
export const cpuTicks = (pid: number): number | null => {
  const stat = read(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/** The pids of every process whose command name is `comm` (e.g. "postgres", "java"). */
export const pidsNamed = (comm: string): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/u.test(entry))
    .filter((pid) => read(`/proc/${pid}/comm`)?.trim() === comm)
    .map(Number);

/** The machine's busy and total CPU ticks since boot (all cores), from /proc/stat. */
export const machineTicks = (): { busy: number; total: number } => {
  const line = (read('/proc/stat') ?? '').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/u).slice(1).map(Number);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
};
