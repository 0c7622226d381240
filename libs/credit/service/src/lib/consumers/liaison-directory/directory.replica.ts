import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EnterpriseRegisteredV1, type EnterpriseDirectoryEvent } from '@qinqing/liaison/contracts';
import { roundsByKey, type SqlDatabase, type SqlExecutor } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/** What credit keeps of an enterprise in liaison's directory (企业名录): public register facts only. */
export interface DirectoryEnterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly areaCode: string;
  readonly industry: string;
}

const DDL = [
  `CREATE TABLE IF NOT EXISTS credit_directory (
     credit_code text PRIMARY KEY,
     name text NOT NULL,
     area_code text NOT NULL,
     industry text NOT NULL,
     updated_at timestamptz NOT NULL
   )`,
];

/** Registrations of one round (each enterprise once), as arrays of columns. */
const KEEP_REGISTERED = `INSERT INTO credit_directory (credit_code, name, area_code, industry, updated_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
  ON CONFLICT (credit_code) DO UPDATE
    SET name = excluded.name, area_code = excluded.area_code, industry = excluded.industry,
        updated_at = excluded.updated_at
    WHERE credit_directory.updated_at <= excluded.updated_at`;

/** Corrections of one round: each sets the fields it changes (NULL: unchanged). */
const KEEP_CORRECTED = `UPDATE credit_directory d
  SET name = COALESCE(c.name, d.name), area_code = COALESCE(c.area_code, d.area_code),
      industry = COALESCE(c.industry, d.industry), updated_at = c.at
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
    AS c(credit_code, name, area_code, industry, at)
  WHERE d.credit_code = c.credit_code AND d.updated_at <= c.at`;

const columnsOf = <T>(rows: readonly T[], ...columns: ((row: T) => unknown)[]): unknown[][] =>
  columns.map((column) => rows.map(column));

/**
 * Credit's copy of the enterprise directory, from liaison's public events: the registered name, area and
 * industry each integrity file is headed by. One row per enterprise; a correction updates only the fields it
 * changes, and an older event never overwrites a newer one (events of one enterprise arrive in order on its
 * key, so this only matters for a redelivery). A batch of events is written in a statement or two per round
 * (`roundsByKey`: each enterprise once), with the effect of writing them one by one.
 */
@Injectable()
export class DirectoryReplica implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  async find(creditCode: string): Promise<DirectoryEnterprise | null> {
    const { rows } = await this.db.query<{
      credit_code: string;
      name: string;
      area_code: string;
      industry: string;
    }>('SELECT credit_code, name, area_code, industry FROM credit_directory WHERE credit_code = $1', [
      creditCode.toUpperCase(),
    ]);
    const row = rows[0];
    return row === undefined
      ? null
      : { creditCode: row.credit_code, name: row.name, areaCode: row.area_code, industry: row.industry };
  }

  /** Applies directory events in their order, in the caller's transaction. */
  async apply(tx: SqlExecutor, events: readonly EnterpriseDirectoryEvent[]): Promise<void> {
    for (const round of roundsByKey(events, (event) => event.data.creditCode.toUpperCase())) {
      const registered = round.flatMap((e) => (e.type === EnterpriseRegisteredV1.type ? [e.data] : []));
      const corrected = round.flatMap((e) => (e.type === EnterpriseRegisteredV1.type ? [] : [e.data]));
      if (registered.length > 0)
        await tx.query(
          KEEP_REGISTERED,
          columnsOf(
            registered,
            (d) => d.creditCode.toUpperCase(),
            (d) => d.name,
            (d) => d.areaCode,
            (d) => d.industry,
            (d) => d.registeredAt,
          ),
        );
      if (corrected.length > 0)
        await tx.query(
          KEEP_CORRECTED,
          columnsOf(
            corrected,
            (d) => d.creditCode.toUpperCase(),
            (d) => d.changes.name ?? null,
            (d) => d.changes.areaCode ?? null,
            (d) => d.changes.industry ?? null,
            (d) => d.correctedAt,
          ),
        );
    }
  }
}
