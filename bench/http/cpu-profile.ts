/** Sums of a V8 CPU profile (Profiler.stop's), by whose code the time was spent in and by function. */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/** Whose code a frame is: a package, a project of ours, PGlite's WebAssembly; null for Node's own. */
const ownerOf = ({ url }: ProfileNode['callFrame']): string | null => {
  if (url.startsWith('wasm://')) return 'PGlite (WebAssembly)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url)?.[1];
  if (pkg !== undefined) return pkg;
  return /\/(libs\/[^/]+\/[^/]+|apps\/[^/]+|bench\/[^/]+)\//u.exec(url)?.[1] ?? null;
};

const table = (shares: Map<string, number>, total: number, rows: number): string =>
  [...shares.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, n]) => `    ${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');

/** Share of the samples per owner, each sample given to the innermost frame that has one. */
export const byOwner = (profile: CpuProfile, rows = 20): string => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const shares = new Map<string, number>();
  for (const sample of profile.samples) {
    let owner: string | null = null;
    for (let id: number | undefined = sample; id !== undefined && owner === null; id = parents.get(id))
      owner = ownerOf((nodes.get(id) as ProfileNode).callFrame);
    const key = owner ?? `(${(nodes.get(sample) as ProfileNode).callFrame.functionName})`;
    shares.set(key, (shares.get(key) ?? 0) + 1);
  }
  return table(shares, profile.samples.length, rows);
};

/** Share of the samples per function the sample was in (self time), with its file and line. */
export const byFunction = (profile: CpuProfile, rows = 25): string => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const shares = new Map<string, number>();
  for (const sample of profile.samples) {
    const { functionName, url, lineNumber } = (nodes.get(sample) as ProfileNode).callFrame;
    const where =
      url === '' ? '' : ` ${url.replace(/^.*\/(node_modules|libs|apps|bench)\//u, '$1/')}:${lineNumber + 1}`;
    const key = `${functionName === '' ? '(anonymous)' : functionName}${where}`;
    shares.set(key, (shares.get(key) ?? 0) + 1);
  }
  return table(shares, profile.samples.length, rows);
};
