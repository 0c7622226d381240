import { pledgeIdOfStream, type PledgeEvent } from '@qinqing/credit/domain';
import type { Projection, RecordedEvent, SqlExecutor } from '@qinqing/shared/event-sourcing';

/** Signed integrity pledges, one row each, looked up by enterprise (newest first). Holds the signatory's name. */
export const PLEDGES_DDL = [
  `
CREATE TABLE IF NOT EXISTS credit_pledges (
  pledge_id text PRIMARY KEY,
  credit_code text NOT NULL,
  signatory_name text NOT NULL,
  signatory_position text NOT NULL,
  text_version text NOT NULL,
  signed_on text NOT NULL,
  signed_at timestamptz NOT NULL
)`,
  'CREATE INDEX IF NOT EXISTS credit_pledges_by_enterprise ON credit_pledges (credit_code, signed_at DESC, pledge_id DESC)',
];

export const pledgesProjection: Projection = {
  name: 'credit-pledges',
  eventTypes: ['PledgeSigned'],
  setup: async (db) => {
    for (const statement of PLEDGES_DDL) await db.query(statement);
  },
  reset: async (tx) => {
    await tx.query('DELETE FROM credit_pledges');
  },
  apply: async (recorded: RecordedEvent, tx: SqlExecutor) => {
    if (pledgeIdOfStream(recorded.streamId) === null) return;
    const event = { type: recorded.type, data: recorded.data } as PledgeEvent;
    if (event.type !== 'PledgeSigned') return;
    const { data } = event;
    await tx.query(
      `INSERT INTO credit_pledges (pledge_id, credit_code, signatory_name, signatory_position, text_version,
         signed_on, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (pledge_id) DO NOTHING`,
      [
        data.pledgeId,
        data.creditCode,
        data.signatoryName,
        data.signatoryPosition,
        data.textVersion,
        data.signedOn,
        data.signedAt,
      ],
    );
  },
};
