import { readFileSync } from 'node:fs';

/** Objects in a V8 heap snapshot counted by "type:constructor name", with their shallow size. */
export const heapSnapshotCounts = (path: string): Map<string, { count: number; size: number }> => {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const counts = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt] as number] as string;
    const rawName = snapshot.strings[snapshot.nodes[i + nameAt] as number] ?? '';
    const name = type === 'object' || type === 'closure' || type === 'native' ? rawName : `(${type})`;
    const key = `${type}:${name.slice(0, 80)}`;
    const seen = counts.get(key) ?? { count: 0, size: 0 };
    seen.count++;
    seen.size += snapshot.nodes[i + sizeAt] as number;
    counts.set(key, seen);
  }
  return counts;
};

/** The entries that grew most between two snapshots, by count. */
export const growth = (
  before: Map<string, { count: number; size: number }>,
  after: Map<string, { count: number; size: number }>,
  top = 25,
): { key: string; count: number; size: number }[] =>
  [...after.entries()]
    .map(([key, a]) => ({
      key,
      count: a.count - (before.get(key)?.count ?? 0),
      size: a.size - (before.get(key)?.size ?? 0),
    }))
    .sort((x, y) => y.count - x.count)
    .slice(0, top);
