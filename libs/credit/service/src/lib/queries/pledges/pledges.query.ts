import { PLEDGE_LIST_MAX, type PledgeView } from '@qinqing/credit/contracts';
import { maskSignatoryName } from '@qinqing/credit/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

interface PledgeRow {
  readonly pledge_id: string;
  readonly credit_code: string;
  readonly signatory_name: string;
  readonly signatory_position: string;
  readonly text_version: string;
  readonly signed_on: string;
}

/** The enterprise-and-time index, newest first, at most PLEDGE_LIST_MAX. */
export const PLEDGES_OF_ENTERPRISE_STATEMENT = `SELECT pledge_id, credit_code, signatory_name, signatory_position,
    text_version, signed_on FROM credit_pledges WHERE credit_code = $1
  ORDER BY signed_at DESC, pledge_id DESC LIMIT ${PLEDGE_LIST_MAX}`;

/** An enterprise's pledges, the signatory's name in full (credit officer) or masked (anyone else). */
export const pledgesOf = async (
  db: SqlExecutor,
  creditCode: string,
  names: 'full' | 'masked',
): Promise<PledgeView[]> => {
  const { rows } = await db.query<PledgeRow>(PLEDGES_OF_ENTERPRISE_STATEMENT, [creditCode]);
  return rows.map((row) => ({
    pledgeId: row.pledge_id,
    creditCode: row.credit_code,
    signedOn: row.signed_on,
    textVersion: row.text_version,
    signatory: names === 'full' ? row.signatory_name : maskSignatoryName(row.signatory_name),
    signatoryPosition: row.signatory_position,
  }));
};

/** Whether the enterprise signed a pledge on or before `day` (its 清廉企业 evaluation asks). */
export const signedPledgeBy = async (db: SqlExecutor, creditCode: string, day: string): Promise<boolean> => {
  const { rows } = await db.query(
    'SELECT 1 FROM credit_pledges WHERE credit_code = $1 AND signed_on <= $2 LIMIT 1',
    [creditCode, day],
  );
  return rows.length > 0;
};
