import {
  type BoardPeriod,
  type BoardRecord,
  type DisclosurePeriod,
  type EvaluationRecord,
  redListFrom,
} from '@qinqing/credit/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

/**
 * Rows of the integrity file as plain records. `to_jsonb(r)` rather than named columns: the repair and objection
 * slices add `repaired_on` / `withdrawn_on` to `credit_records`; read this way, a column that is not there yet is
 * simply absent, and once it is there the board and the evaluation take it into account.
 */
interface RecordJson {
  readonly document_number: string;
  readonly kind: BoardRecord['kind'];
  readonly polarity: BoardRecord['polarity'];
  readonly severity: BoardRecord['severity'];
  readonly issuing_authority: string;
  readonly decided_on: string;
  readonly credit_code: string;
  readonly enterprise_name: string;
  readonly disclosure: DisclosurePeriod | string | null;
  readonly repaired_on?: string | null;
  readonly withdrawn_on?: string | null;
}

const recordOf = (row: RecordJson): BoardRecord => ({
  documentNumber: row.document_number,
  kind: row.kind,
  polarity: row.polarity,
  severity: row.severity,
  issuingAuthority: row.issuing_authority,
  decidedOn: row.decided_on,
  creditCode: row.credit_code,
  enterpriseName: row.enterprise_name,
  disclosure:
    typeof row.disclosure === 'string' ? (JSON.parse(row.disclosure) as DisclosurePeriod) : row.disclosure,
  repairedOn: row.repaired_on ?? null,
  withdrawnOn: row.withdrawn_on ?? null,
});

const rowsOf = async (db: SqlExecutor, sql: string, params: unknown[]): Promise<BoardRecord[]> => {
  const { rows } = await db.query<{ r: RecordJson | string }>(sql, params);
  return rows.map(({ r }) => recordOf(typeof r === 'string' ? (JSON.parse(r) as RecordJson) : r));
};

/**
 * The candidates of a period's board, each half by its own index: negative records still public on the last
 * day (`public_until`), and positive ones decided in the red list's window (`polarity, decided_on`). The pure
 * selection decides; these only narrow what it reads.
 */
export const BOARD_CANDIDATE_STATEMENTS = {
  negative: `SELECT to_jsonb(r) AS r FROM credit_records r
              WHERE r.public_until >= $1 AND r.decided_on <= $1 AND r.polarity = 'negative'`,
  positive: `SELECT to_jsonb(r) AS r FROM credit_records r
              WHERE r.polarity = 'positive' AND r.decided_on >= $1 AND r.decided_on <= $2`,
} as const;

export const boardCandidates = async (db: SqlExecutor, period: BoardPeriod): Promise<BoardRecord[]> => {
  const [negative, positive] = await Promise.all([
    rowsOf(db, BOARD_CANDIDATE_STATEMENTS.negative, [period.lastDay]),
    rowsOf(db, BOARD_CANDIDATE_STATEMENTS.positive, [redListFrom(period.lastDay), period.lastDay]),
  ]);
  return [...negative, ...positive];
};

/** One enterprise's records decided in a year (the enterprise-and-date index), for its 清廉企业 evaluation. */
export const RECORDS_OF_YEAR_STATEMENT = `SELECT to_jsonb(r) AS r FROM credit_records r
  WHERE r.credit_code = $1 AND r.decided_on >= $2 AND r.decided_on <= $3`;

export const recordsOfYear = async (
  db: SqlExecutor,
  creditCode: string,
  year: number,
): Promise<EvaluationRecord[]> =>
  rowsOf(db, RECORDS_OF_YEAR_STATEMENT, [creditCode, `${year}-01-01`, `${year}-12-31`]);
