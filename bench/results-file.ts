import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const RUN_HEADING = '### Run ';
/** Runs kept in a section, newest first, so run-to-run spread stays visible. */
const RUNS_KEPT = 3;

const FILE_INTRO = `# Benchmark results

Figures written by the benchmarks under \`bench/\`. Each benchmark owns one \`##\` section and rewrites only
that section; newest run first.
`;

/**
 * Puts `run` (a "### Run …" block) at the top of the benchmark's `sectionHeading` section of `path` (created
 * at the end of the file if missing), above at most RUNS_KEPT - 1 earlier runs, under the given section
 * intro. Other "###" blocks of the section (a hand-written reading) stay after the runs; every other
 * section of the file is left as it is.
 */
export const writeResultsSection = (
  path: string,
  sectionHeading: string,
  intro: string,
  run: string,
): void => {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : FILE_INTRO;
  const lines = text.split('\n');
  const start = lines.indexOf(sectionHeading);
  let end = lines.length;
  if (start !== -1) {
    const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    if (next !== -1) end = next;
  }
  const blocks =
    start === -1
      ? []
      : lines
          .slice(start + 1, end)
          .join('\n')
          .split(/^(?=### )/m)
          .filter((block) => block.startsWith('### '))
          .map((block) => block.trim());
  const runs = [run.trim(), ...blocks.filter((b) => b.startsWith(RUN_HEADING))].slice(0, RUNS_KEPT);
  const others = blocks.filter((b) => !b.startsWith(RUN_HEADING));
  const section = [sectionHeading, intro.trim(), ...runs, ...others].join('\n\n');
  const head = (start === -1 ? lines : lines.slice(0, start)).join('\n').trimEnd();
  const tail = (start === -1 ? [] : lines.slice(end)).join('\n').trim();
  writeFileSync(path, `${head}\n\n${section}\n${tail === '' ? '' : `\n${tail}\n`}`);
};
