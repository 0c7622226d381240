import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { StaffConflict } from '@qinqing/appeals/domain';
import { RecentReads, type SqlDatabase, type SqlExecutor } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/**
 * Appeals' copy of who must keep away from which enterprise (回避, 晋江 四), from liaison's public events: one row
 * per account, enterprise and source (a declared relation, or a recusal). The primary key leads with
 * (account_id, credit_code): the lookup per command reads one account's few rows by its prefix.
 */
const DDL = [
  `CREATE TABLE IF NOT EXISTS appeals_staff_conflicts (
     account_id text NOT NULL,
     credit_code text NOT NULL,
     source_id text NOT NULL,
     basis text NOT NULL CHECK (basis IN ('declared-tie', 'recusal')),
     since timestamptz NOT NULL,
     PRIMARY KEY (account_id, credit_code, source_id)
   )`,
];

/** Staff accounts whose conflicts a page may remember: a city's staff, with room to spare. */
const REMEMBERED_ACCOUNTS = 10_000;

@Injectable()
export class StaffConflictsReplica implements OnModuleInit {
  private readonly recent = new RecentReads<string, readonly StaffConflict[]>(REMEMBERED_ACCOUNTS);

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  /** The enterprises this staff account must keep away from (what the decider gets as `actorConflicts`). */
  async of(staffId: string): Promise<readonly StaffConflict[]> {
    const { rows } = await this.db.query<{ credit_code: string; basis: StaffConflict['basis'] }>(
      'SELECT credit_code, basis FROM appeals_staff_conflicts WHERE account_id = $1 ORDER BY credit_code',
      [staffId],
    );
    return rows.map((row) => ({ staffId, creditCode: row.credit_code, basis: row.basis }));
  }

  /**
   * The same, as read at most seconds ago: for the actions a page offers, which a new conflict may thus reach a
   * few seconds late (it reaches this replica asynchronously anyway). Never for a decision: the command reads
   * `of`, so the decider refuses what a conflict forbids however stale the page was.
   */
  recentOf(staffId: string): Promise<readonly StaffConflict[]> {
    return this.recent.get(staffId, () => this.of(staffId));
  }

  /**
   * A declared relation's enterprises, in the consumer's transaction. Rows of the same source are replaced, so a
   * redelivered or re-declared relation leaves exactly what it declares.
   */
  async declared(
    tx: SqlExecutor,
    accountId: string,
    sourceId: string,
    creditCodes: readonly string[],
    since: string,
  ): Promise<void> {
    await this.withdrawn(tx, accountId, sourceId);
    await tx.query(
      `INSERT INTO appeals_staff_conflicts (account_id, credit_code, source_id, basis, since)
       SELECT $1, code, $3, 'declared-tie', $4 FROM unnest($2::text[]) AS code
       ON CONFLICT DO NOTHING`,
      [accountId, creditCodes.map((c) => c.toUpperCase()), sourceId, since],
    );
    this.recent.forget(accountId);
  }

  async withdrawn(tx: SqlExecutor, accountId: string, sourceId: string): Promise<void> {
    await tx.query(
      `DELETE FROM appeals_staff_conflicts
       WHERE account_id = $1 AND source_id = $2 AND basis = 'declared-tie'`,
      [accountId, sourceId],
    );
    this.recent.forget(accountId);
  }

  async recusal(
    tx: SqlExecutor,
    accountId: string,
    recusalId: string,
    creditCode: string,
    since: string,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO appeals_staff_conflicts (account_id, credit_code, source_id, basis, since)
       VALUES ($1, $2, $3, 'recusal', $4) ON CONFLICT DO NOTHING`,
      [accountId, creditCode.toUpperCase(), recusalId, since],
    );
    this.recent.forget(accountId);
  }
}
