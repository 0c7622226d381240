import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

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

const move = async (tx: SqlExecutor, row: EnterpriseRow, sign: 1 | -1): Promise<void> => {
  if (!counted(row)) return;
  await tx.query(
    `INSERT INTO party_building_coverage (county_code, industry_section, enterprises, organised, worked)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (county_code, industry_section) DO UPDATE
       SET enterprises = party_building_coverage.enterprises + excluded.enterprises,
           organised = party_building_coverage.organised + excluded.organised,
           worked = party_building_coverage.worked + excluded.worked`,
    [row.county_code, row.industry_section, sign, row.organised ? sign : 0, row.worked ? sign : 0],
  );
};

/** Applies a change to one enterprise's coverage row and moves the counts it is in, in the caller's transaction. */
export const applyCoverage = async (
  tx: SqlExecutor,
  creditCode: string,
  patch: CoveragePatch,
): Promise<void> => {
  const code = creditCode.toUpperCase();
  const { rows } = await tx.query<EnterpriseRow>(
    `SELECT name, county_code, industry_section, in_directory, organised, worked
     FROM party_building_enterprises WHERE credit_code = $1 FOR UPDATE`,
    [code],
  );
  const before: EnterpriseRow = rows[0] ?? {
    name: null,
    county_code: null,
    industry_section: null,
    in_directory: false,
    organised: false,
    worked: false,
  };
  const directory = patch.directory;
  const after: EnterpriseRow = {
    name: directory?.name ?? before.name,
    county_code: directory?.areaCode === undefined ? before.county_code : directory.areaCode.slice(0, 6),
    industry_section:
      directory?.industry === undefined
        ? before.industry_section
        : directory.industry.charAt(0).toUpperCase(),
    in_directory: before.in_directory || directory !== undefined,
    organised: patch.organisation?.organised ?? before.organised,
    worked: patch.organisation?.worked ?? before.worked,
  };
  await tx.query(
    `INSERT INTO party_building_enterprises (credit_code, name, county_code, industry_section, in_directory, organised, worked)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, county_code = excluded.county_code,
       industry_section = excluded.industry_section, in_directory = excluded.in_directory,
       organised = excluded.organised, worked = excluded.worked`,
    [
      code,
      after.name,
      after.county_code,
      after.industry_section,
      after.in_directory,
      after.organised,
      after.worked,
    ],
  );
  await move(tx, before, -1);
  await move(tx, after, 1);
};

/** A projection rebuild forgets the organisation flags; the directory half stays (it is the replica's). */
export const resetOrganisationCoverage = async (tx: SqlExecutor): Promise<void> => {
  await tx.query('UPDATE party_building_enterprises SET organised = false, worked = false');
  await tx.query('UPDATE party_building_coverage SET organised = 0, worked = 0');
};
