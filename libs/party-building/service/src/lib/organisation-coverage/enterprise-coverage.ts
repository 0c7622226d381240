import { roundsByKey, type SqlExecutor, SumsByKey } from '@qinqing/shared/event-sourcing';

/**
 * Coverage (Qingdao 五(十四)) kept as running counts, so no request adds up a city's enterprises: one row per
 * enterprise with what coverage needs — its county (GB/T 2260, 6 digits) and industry section (GB/T 4754, the
 * letter), whether it is in the directory, whether it has an organisation (its own or a joint branch) and
 * whether party work reaches it (an organisation, or an instructor) — and one row of counts per county and
 * section. Every change to an enterprise row moves its counts in the same transaction. Both writers use it:
 * the directory replica and the organisation projection.
 */
export const COVERAGE_DDL = [
  `CREATE TABLE IF NOT EXISTS party_building_enterprises (
     credit_code text PRIMARY KEY,
     name text,
     county_code text,
     industry_section text,
     in_directory boolean NOT NULL DEFAULT false,
     organised boolean NOT NULL DEFAULT false,
     worked boolean NOT NULL DEFAULT false
   )`,
  `CREATE TABLE IF NOT EXISTS party_building_coverage (
     county_code text NOT NULL,
     industry_section text NOT NULL,
     enterprises integer NOT NULL DEFAULT 0,
     organised integer NOT NULL DEFAULT 0,
     worked integer NOT NULL DEFAULT 0,
     PRIMARY KEY (county_code, industry_section)
   )`,
];

export interface DirectoryPlace {
  readonly name: string;
  readonly areaCode: string;
  readonly industry: string;
}

export interface CoveragePatch {
  readonly directory?: Partial<DirectoryPlace>;
  readonly organisation?: { readonly organised: boolean; readonly worked: boolean };
}

interface EnterpriseRow {
  readonly name: string | null;
  readonly county_code: string | null;
  readonly industry_section: string | null;
  readonly in_directory: boolean;
  readonly organised: boolean;
  readonly worked: boolean;
}

const counted = (
  row: EnterpriseRow,
): row is EnterpriseRow & { county_code: string; industry_section: string } =>
  row.in_directory && row.county_code !== null && row.industry_section !== null;

const NOT_THERE: EnterpriseRow = {
  name: null,
  county_code: null,
  industry_section: null,
  in_directory: false,
  organised: false,
  worked: false,
};

const patched = (before: EnterpriseRow, { directory, organisation }: CoveragePatch): EnterpriseRow => ({
  name: directory?.name ?? before.name,
  county_code: directory?.areaCode === undefined ? before.county_code : directory.areaCode.slice(0, 6),
  industry_section:
    directory?.industry === undefined ? before.industry_section : directory.industry.charAt(0).toUpperCase(),
  in_directory: before.in_directory || directory !== undefined,
  organised: organisation?.organised ?? before.organised,
  worked: organisation?.worked ?? before.worked,
});

/**
 * How one round moves the counts, by county and section: each enterprise out of its old cell and into its new.
 * Read with `changed()`, in key order: one statement locks the cells in that order. (A deadlock with another writer
 * of the same cells is still possible across rounds or statements; PostgreSQL ends it and the bus tries again.)
 */
const countMoves = () =>
  new SumsByKey<{ county: string; section: string }, 'enterprises' | 'organised' | 'worked'>([
    'enterprises',
    'organised',
    'worked',
  ]);

/** Takes an enterprise's row out of its cell (-1) or puts it in (1), if it is counted at all. */
const moveCount = (moves: ReturnType<typeof countMoves>, row: EnterpriseRow, sign: 1 | -1): void => {
  if (!counted(row)) return;
  moves.add(
    `${row.county_code} ${row.industry_section}`,
    { county: row.county_code, section: row.industry_section },
    { enterprises: sign, organised: row.organised ? sign : 0, worked: row.worked ? sign : 0 },
  );
};

/** A change to one enterprise's coverage row. */
export interface CoverageChange {
  readonly creditCode: string;
  readonly patch: CoveragePatch;
}

/**
 * Applies changes to enterprises' coverage rows, in their order, and moves the counts they are in, in the
 * caller's transaction: a statement to read, one to write and one for the counts per round (`roundsByKey`:
 * each enterprise once), so a batch of a city's directory is not three statements an enterprise.
 */
export const applyCoverages = async (tx: SqlExecutor, changes: readonly CoverageChange[]): Promise<void> => {
  for (const round of roundsByKey(changes, (change) => change.creditCode.toUpperCase())) {
    const codes = round.map((change) => change.creditCode.toUpperCase());
    const { rows } = await tx.query<EnterpriseRow & { readonly credit_code: string }>(
      `SELECT credit_code, name, county_code, industry_section, in_directory, organised, worked
       FROM party_building_enterprises WHERE credit_code = ANY ($1::text[]) ORDER BY credit_code FOR UPDATE`,
      [codes],
    );
    const before = new Map(rows.map((row) => [row.credit_code, row]));
    const moves = countMoves();
    const after = round.map((change, i) => {
      const was = before.get(codes[i] as string) ?? NOT_THERE;
      const now = patched(was, change.patch);
      moveCount(moves, was, -1);
      moveCount(moves, now, 1);
      return now;
    });
    await tx.query(
      `INSERT INTO party_building_enterprises (credit_code, name, county_code, industry_section, in_directory,
         organised, worked)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::boolean[],
         $7::boolean[])
       ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, county_code = excluded.county_code,
         industry_section = excluded.industry_section, in_directory = excluded.in_directory,
         organised = excluded.organised, worked = excluded.worked`,
      [
        codes,
        after.map((row) => row.name),
        after.map((row) => row.county_code),
        after.map((row) => row.industry_section),
        after.map((row) => row.in_directory),
        after.map((row) => row.organised),
        after.map((row) => row.worked),
      ],
    );
    const cells = moves.changed();
    if (cells.length > 0)
      await tx.query(
        `INSERT INTO party_building_coverage (county_code, industry_section, enterprises, organised, worked)
         SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::integer[])
         ON CONFLICT (county_code, industry_section) DO UPDATE
           SET enterprises = party_building_coverage.enterprises + excluded.enterprises,
               organised = party_building_coverage.organised + excluded.organised,
               worked = party_building_coverage.worked + excluded.worked`,
        [
          cells.map((cell) => cell.county),
          cells.map((cell) => cell.section),
          cells.map((cell) => cell.enterprises),
          cells.map((cell) => cell.organised),
          cells.map((cell) => cell.worked),
        ],
      );
  }
};

/** Applies a change to one enterprise's coverage row and moves the counts it is in, in the caller's transaction. */
export const applyCoverage = (tx: SqlExecutor, creditCode: string, patch: CoveragePatch): Promise<void> =>
  applyCoverages(tx, [{ creditCode, patch }]);

/** A projection rebuild forgets the organisation flags; the directory half stays (it is the replica's). */
export const resetOrganisationCoverage = async (tx: SqlExecutor): Promise<void> => {
  await tx.query('UPDATE party_building_enterprises SET organised = false, worked = false');
  await tx.query('UPDATE party_building_coverage SET organised = 0, worked = 0');
};
