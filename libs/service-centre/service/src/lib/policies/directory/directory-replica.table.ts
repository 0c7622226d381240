import type { DirectoryEntry, EnterpriseSize, EnterpriseTag } from '@qinqing/service-centre/domain';
import { type SqlExecutor, textArrayOfJson } from '@qinqing/shared/event-sourcing';

/**
 * The service centre's copy of liaison's enterprise directory (企业名录), from its public events: the register
 * facts policies are matched on (industry, size class, area, tags) and the name; never a contact. Indexed for
 * the matching query: prefix scans on industry and area (text_pattern_ops), the size class, a GIN on tags.
 */
export const DIRECTORY_REPLICA_DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_directory (
     credit_code text PRIMARY KEY,
     name text NOT NULL,
     industry text NOT NULL,
     size text,
     area_code text NOT NULL,
     tags text[] NOT NULL DEFAULT '{}',
     updated_at timestamptz NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS service_centre_directory_by_industry
     ON service_centre_directory (industry text_pattern_ops)`,
  `CREATE INDEX IF NOT EXISTS service_centre_directory_by_area
     ON service_centre_directory (area_code text_pattern_ops)`,
  `CREATE INDEX IF NOT EXISTS service_centre_directory_by_size ON service_centre_directory (size)`,
  `CREATE INDEX IF NOT EXISTS service_centre_directory_by_tags ON service_centre_directory USING gin (tags)`,
];

export interface DirectoryRow {
  readonly credit_code: string;
  readonly name: string;
  readonly industry: string;
  readonly size: string | null;
  readonly area_code: string;
  readonly tags: readonly string[];
}

export const entryOfRow = (row: DirectoryRow): DirectoryEntry => ({
  creditCode: row.credit_code,
  name: row.name,
  industry: row.industry,
  size: row.size as EnterpriseSize | null,
  areaCode: row.area_code,
  tags: row.tags as EnterpriseTag[],
});

/** A registration of the directory, as the replica keeps it. */
export interface Registration {
  readonly entry: DirectoryEntry;
  readonly at: string;
}

/** A correction: the changed fields, and the size class now. */
export interface Correction {
  readonly creditCode: string;
  readonly changes: Partial<Pick<DirectoryEntry, 'name' | 'industry' | 'areaCode' | 'tags'>>;
  readonly size: EnterpriseSize | null;
  readonly at: string;
}

/**
 * Keeps registrations of distinct enterprises in one statement; an older event (a redelivery) never overwrites a
 * newer one.
 */
export const keepRegistrations = async (
  tx: SqlExecutor,
  registrations: readonly Registration[],
): Promise<void> => {
  if (registrations.length === 0) return;
  await tx.query(
    `INSERT INTO service_centre_directory (credit_code, name, industry, size, area_code, tags, updated_at)
     SELECT r.credit_code, r.name, r.industry, r.size, r.area_code, ${textArrayOfJson('r.tags')}, r.at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[])
       AS r(credit_code, name, industry, size, area_code, tags, at)
     ON CONFLICT (credit_code) DO UPDATE
       SET name = excluded.name, industry = excluded.industry, size = excluded.size,
           area_code = excluded.area_code, tags = excluded.tags, updated_at = excluded.updated_at
       WHERE service_centre_directory.updated_at <= excluded.updated_at`,
    [
      registrations.map(({ entry }) => entry.creditCode.toUpperCase()),
      registrations.map(({ entry }) => entry.name),
      registrations.map(({ entry }) => entry.industry),
      registrations.map(({ entry }) => entry.size),
      registrations.map(({ entry }) => entry.areaCode),
      registrations.map(({ entry }) => JSON.stringify(entry.tags)),
      registrations.map(({ at }) => at),
    ],
  );
};

/**
 * Applies corrections of distinct enterprises in one statement; returns the entries they changed as they stand
 * (an enterprise not in the replica, or a correction older than its row, changes nothing).
 */
export const keepCorrections = async (
  tx: SqlExecutor,
  corrections: readonly Correction[],
): Promise<DirectoryEntry[]> => {
  if (corrections.length === 0) return [];
  const { rows } = await tx.query<DirectoryRow>(
    `UPDATE service_centre_directory d
     SET name = COALESCE(c.name, d.name), industry = COALESCE(c.industry, d.industry),
         area_code = COALESCE(c.area_code, d.area_code),
         tags = CASE WHEN c.tags IS NULL THEN d.tags ELSE ${textArrayOfJson('c.tags')} END,
         size = c.size, updated_at = c.at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::timestamptz[])
       AS c(credit_code, name, industry, area_code, tags, size, at)
     WHERE d.credit_code = c.credit_code AND d.updated_at <= c.at
     RETURNING d.credit_code, d.name, d.industry, d.size, d.area_code, d.tags`,
    [
      corrections.map((c) => c.creditCode.toUpperCase()),
      corrections.map((c) => c.changes.name ?? null),
      corrections.map((c) => c.changes.industry ?? null),
      corrections.map((c) => c.changes.areaCode ?? null),
      corrections.map((c) => (c.changes.tags === undefined ? null : JSON.stringify(c.changes.tags))),
      corrections.map((c) => c.size),
      corrections.map((c) => c.at),
    ],
  );
  return rows.map(entryOfRow);
};
