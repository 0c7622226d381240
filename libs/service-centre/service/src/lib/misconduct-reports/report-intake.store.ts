import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { FileReport } from '@qinqing/service-centre/domain';
import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';

/**
 * The anonymous intake and the receipts. Neither table has a time column finer than the day, a serial number or
 * anything from the request; ids are random (UUID v4, no clock inside, unlike the log's v7 ids).
 */
const DDL = [
  `CREATE TABLE IF NOT EXISTS service_centre_report_intake (
     intake_id uuid PRIMARY KEY,
     received_on date NOT NULL,
     kind text NOT NULL,
     report_id uuid NOT NULL,
     payload jsonb NOT NULL
   )`,
  'CREATE INDEX IF NOT EXISTS service_centre_report_intake_by_day ON service_centre_report_intake (received_on)',
  'CREATE INDEX IF NOT EXISTS service_centre_report_intake_by_report ON service_centre_report_intake (report_id)',
  `CREATE TABLE IF NOT EXISTS service_centre_report_receipts (
     receipt_hash text PRIMARY KEY,
     report_id uuid NOT NULL UNIQUE,
     passphrase_hash text NOT NULL
   )`,
];

/** What an intake row holds until the pass enters it into the log: the command's content, nothing else. */
export type IntakeEntry =
  | {
      readonly kind: 'report';
      readonly command: Omit<FileReport, 'type' | 'reportId' | 'filedOn' | 'reporter' | 'channel'>;
    }
  | { readonly kind: 'information'; readonly text: string };

export interface IntakeRow {
  readonly intakeId: string;
  readonly receivedOn: string;
  readonly reportId: string;
  readonly entry: IntakeEntry;
}

@Injectable()
export class ReportIntakeStore implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of DDL) await this.db.query(statement);
  }

  /** An anonymous report: its receipt and its content, together or not at all. */
  async takeIn(day: string, reportId: string, receipt: ReceiptKeys, entry: IntakeEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      await insertReceipt(tx, reportId, receipt);
      await insertEntry(tx, day, reportId, entry);
    });
  }

  /** More information for an anonymous report, entered with the rest of its day's intake. */
  addInformation(day: string, reportId: string, text: string): Promise<void> {
    return insertEntry(this.db, day, reportId, { kind: 'information', text });
  }

  /** A real-name report's receipt (its content goes into the log at once). */
  async addReceipt(reportId: string, receipt: ReceiptKeys): Promise<void> {
    await insertReceipt(this.db, reportId, receipt);
  }

  async receipt(receiptHash: string): Promise<{ reportId: string; passphraseHash: string } | null> {
    const { rows } = await this.db.query<{ report_id: string; passphrase_hash: string }>(
      'SELECT report_id, passphrase_hash FROM service_centre_report_receipts WHERE receipt_hash = $1',
      [receiptHash],
    );
    const row = rows[0];
    return row === undefined ? null : { reportId: row.report_id, passphraseHash: row.passphrase_hash };
  }

  /** What of one report still waits in the intake (the follow-up screen says so). */
  async pendingOf(reportId: string): Promise<{ report: boolean; information: number }> {
    const { rows } = await this.db.query<{ kind: string; n: number | string }>(
      `SELECT kind, count(*) AS n FROM service_centre_report_intake WHERE report_id = $1 GROUP BY kind`,
      [reportId],
    );
    const count = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
    return { report: count('report') > 0, information: count('information') };
  }

  /** Rows of days before `today`, at most `limit`. */
  async due(today: string, limit: number): Promise<IntakeRow[]> {
    const { rows } = await this.db.query<{
      intake_id: string;
      received_on: string | Date;
      report_id: string;
      payload: IntakeEntry;
    }>(
      `SELECT intake_id, received_on::text AS received_on, report_id, payload FROM service_centre_report_intake
       WHERE received_on < $1 ORDER BY intake_id LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => ({
      intakeId: r.intake_id,
      receivedOn: String(r.received_on).slice(0, 10),
      reportId: r.report_id,
      entry: r.payload,
    }));
  }

  /**
   * The row is in the log now: it goes, and the report's receipt row is rewritten so that its row version
   * dates from this pass rather than from the reporter's request (see docs: the limits of the guarantee).
   */
  async entered(row: IntakeRow): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM service_centre_report_intake WHERE intake_id = $1', [row.intakeId]);
      await tx.query('UPDATE service_centre_report_receipts SET report_id = report_id WHERE report_id = $1', [
        row.reportId,
      ]);
    });
  }
}

export interface ReceiptKeys {
  readonly receiptHash: string;
  readonly passphraseHash: string;
}

const insertReceipt = (tx: SqlExecutor, reportId: string, receipt: ReceiptKeys) =>
  tx.query(
    'INSERT INTO service_centre_report_receipts (receipt_hash, report_id, passphrase_hash) VALUES ($1, $2, $3)',
    [receipt.receiptHash, reportId, receipt.passphraseHash],
  );

const insertEntry = async (tx: SqlExecutor, day: string, reportId: string, entry: IntakeEntry) => {
  await tx.query(
    `INSERT INTO service_centre_report_intake (intake_id, received_on, kind, report_id, payload)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [randomUUID(), day, entry.kind, reportId, JSON.stringify(entry)],
  );
};
