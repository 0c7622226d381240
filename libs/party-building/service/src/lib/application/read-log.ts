import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type Actor, actorReference } from '@qinqing/identity/access';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE } from '@qinqing/shared/nest-platform';

const DDL = [
  `CREATE TABLE IF NOT EXISTS party_building_read_log (
     id bigserial PRIMARY KEY,
     read_at timestamptz NOT NULL,
     reader_id text NOT NULL,
     reader_role text NOT NULL,
     what text NOT NULL,
     credit_code text
   )`,
  'CREATE INDEX IF NOT EXISTS party_building_read_log_by_enterprise ON party_building_read_log (credit_code, id)',
];

/**
 * Every read of organisation records, kept append-only (who, when, which list or which enterprise): party
 * membership is sensitive, so whoever looks is on record. Written before the answer leaves.
 */
@Injectable()
export class ReadLog implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  async record(actor: Actor, what: string, creditCode: string | null = null): Promise<void> {
    const reader = actorReference(actor);
    await this.db.query(
      `INSERT INTO party_building_read_log (read_at, reader_id, reader_role, what, credit_code)
       VALUES ($1, $2, $3, $4, $5)`,
      [this.clock.now().toISOString(), reader.id, reader.role, what, creditCode],
    );
  }

  /** The reads of one enterprise's record, newest first (at most `limit`). */
  async ofEnterprise(
    creditCode: string,
    limit = 50,
  ): Promise<readonly { readerId: string; readerRole: string; readAt: string }[]> {
    const { rows } = await this.db.query<{ reader_id: string; reader_role: string; read_at: Date | string }>(
      `SELECT reader_id, reader_role, read_at FROM party_building_read_log
       WHERE credit_code = $1 ORDER BY id DESC LIMIT $2`,
      [creditCode, limit],
    );
    return rows.map((r) => ({
      readerId: r.reader_id,
      readerRole: r.reader_role,
      readAt: new Date(r.read_at).toISOString(),
    }));
  }
}
