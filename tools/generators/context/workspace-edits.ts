/**
 * The few edits a new context makes to existing files. Each finds its place by the code itself (the array or
 * object literal that follows an anchor), not by marker comments, and refuses loudly when the anchor moved.
 */

/** Index of the bracket closing the one opened at `open` (`[` or `{`), skipping strings and comments. */
const closingBracket = (source: string, open: number): number => {
  const pairs: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
  const stack: string[] = [];
  for (let i = open; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i === -1) break;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i) + 1;
    } else if (c in pairs) {
      stack.push(pairs[c] ?? '');
    } else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  throw new Error('Unbalanced brackets');
};

/**
 * Appends `entry` as the last element of the array or object literal that `anchor` introduces: for a
 * declaration (`export const X: Type = [`) the literal after its `=`, otherwise (`imports: [`) the first
 * `[` or `{` after the anchor.
 */
export const appendToLiteral = (source: string, anchor: string, entry: string, file: string): string => {
  const at = source.indexOf(anchor);
  if (at === -1) throw new Error(`${file}: cannot find "${anchor}" to add the new context to`);
  const from = /^(export )?const /u.test(anchor) ? source.indexOf('=', at) + 1 : at + anchor.length;
  const open = source.slice(from).search(/[[{]/u) + from;
  const close = closingBracket(source, open);
  const before = source.slice(0, close).replace(/\s*$/u, '');
  const separator = before.endsWith(',') || before.endsWith('[') || before.endsWith('{') ? '' : ',';
  return `${before}${separator}\n${entry},\n${source.slice(close)}`;
};

/** Adds an import line after the last import of the file. */
export const addImport = (source: string, line: string): string => {
  if (source.includes(line)) return source;
  const imports = [...source.matchAll(/^import[\s\S]*?from '[^']+';\n/gmu)];
  const last = imports[imports.length - 1];
  if (last === undefined) return `${line}\n${source}`;
  const end = (last.index ?? 0) + last[0].length;
  return `${source.slice(0, end)}${line}\n${source.slice(end)}`;
};

/** The ports the listed services use, to pick the next free one. */
export const listedPorts = (registry: string): number[] =>
  [...registry.matchAll(/\bport:\s*(\d+)/gu)].map((match) => Number(match[1]));

/** Whether the one list already has a service for the context. */
export const listsContext = (registry: string, context: string): boolean =>
  new RegExp(`context:\\s*'${context}'`, 'u').test(registry);
