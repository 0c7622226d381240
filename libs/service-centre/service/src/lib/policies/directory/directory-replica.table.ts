import type { DirectoryEntry, EnterpriseSize, EnterpriseTag } from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

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

/** Keeps a registration; an older event (a redelivery) never overwrites a newer one. */
export const keepRegistered = async (tx: SqlExecutor, entry: DirectoryEntry, at: string): Promise<void> => {
  await tx.query(
    `INSERT INTO service_centre_directory (credit_code, name, industry, size, area_code, tags, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (credit_code) DO UPDATE
       SET name = excluded.name, industry = excluded.industry, size = excluded.size,
           area_code = excluded.area_code, tags = excluded.tags, updated_at = excluded.updated_at
       WHERE service_centre_directory.updated_at <= excluded.updated_at`,
    [
      entry.creditCode.toUpperCase(),
      entry.name,
      entry.industry,
      entry.size,
      entry.areaCode,
      [...entry.tags],
      at,
    ],
  );
};

/** Applies a correction (the changed fields, and the size class now); returns the entry as it stands, or null. */
export const keepCorrected = async (
  tx: SqlExecutor,
  creditCode: string,
  changes: Partial<Pick<DirectoryEntry, 'name' | 'industry' | 'areaCode' | 'tags'>>,
  size: EnterpriseSize | null,
  at: string,
): Promise<DirectoryEntry | null> => {
  const { rows } = await tx.query<DirectoryRow>(
    `UPDATE service_centre_directory
     SET name = COALESCE($2, name), industry = COALESCE($3, industry), area_code = COALESCE($4, area_code),
         tags = COALESCE($5, tags), size = $6, updated_at = $7
     WHERE credit_code = $1 AND updated_at <= $7
     RETURNING credit_code, name, industry, size, area_code, tags`,
    [
      creditCode.toUpperCase(),
      changes.name ?? null,
      changes.industry ?? null,
      changes.areaCode ?? null,
      changes.tags === undefined ? null : [...changes.tags],
      size,
      at,
    ],
  );
  const row = rows[0];
  return row === undefined ? null : entryOfRow(row);
};
