import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/** What credit keeps of an enterprise in liaison's directory (企业名录): public register facts only. */
export interface DirectoryEnterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly areaCode: string;
  readonly industry: string;
}

export type DirectoryFacts = Omit<DirectoryEnterprise, 'creditCode'>;

const DDL = [
  `CREATE TABLE IF NOT EXISTS credit_directory (
     credit_code text PRIMARY KEY,
     name text NOT NULL,
     area_code text NOT NULL,
     industry text NOT NULL,
     updated_at timestamptz NOT NULL
   )`,
];

/**
 * Credit's copy of the enterprise directory, from liaison's public events: the registered name, area and
 * industry each integrity file is headed by. One row per enterprise; a correction updates only the fields it
 * changes, and an older event never overwrites a newer one (events of one enterprise arrive in order on its
 * key, so this only matters for a redelivery).
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

  async registered(tx: SqlExecutor, creditCode: string, facts: DirectoryFacts, at: string): Promise<void> {
    await tx.query(
      `INSERT INTO credit_directory (credit_code, name, area_code, industry, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (credit_code) DO UPDATE
         SET name = excluded.name, area_code = excluded.area_code, industry = excluded.industry,
             updated_at = excluded.updated_at
         WHERE credit_directory.updated_at <= excluded.updated_at`,
      [creditCode.toUpperCase(), facts.name, facts.areaCode, facts.industry, at],
    );
  }

  async corrected(
    tx: SqlExecutor,
    creditCode: string,
    changes: Partial<DirectoryFacts>,
    at: string,
  ): Promise<void> {
    await tx.query(
      `UPDATE credit_directory
       SET name = COALESCE($2, name), area_code = COALESCE($3, area_code), industry = COALESCE($4, industry),
           updated_at = $5
       WHERE credit_code = $1 AND updated_at <= $5`,
      [
        creditCode.toUpperCase(),
        changes.name ?? null,
        changes.areaCode ?? null,
        changes.industry ?? null,
        at,
      ],
    );
  }
}
