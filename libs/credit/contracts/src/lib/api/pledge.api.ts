import { creditCodeSchema, textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** `GET /api/credit/pledge-text`: the current 廉洁承诺书. */
export interface PledgeTextView {
  readonly version: string;
  readonly title: string;
  readonly text: string;
}

/** `POST /api/credit/pledges` (identified kiosk enterprise): the credit code comes from the session. */
export const signPledgeBody = z.object({
  signatoryName: textSchema(50, { zh: '签署人姓名', en: 'Signatory name' }),
  signatoryPosition: textSchema(50, { zh: '签署人职务', en: 'Signatory position' }),
  textVersion: textSchema(20, { zh: '承诺书版本', en: 'Pledge text version' }),
});

export type SignPledgeBody = z.infer<typeof signPledgeBody>;

/** A signed pledge. `signatory` is masked (张*) except for the credit officer, who sees the full name. */
export interface PledgeView {
  readonly pledgeId: string;
  readonly creditCode: string;
  readonly signedOn: string;
  readonly textVersion: string;
  readonly signatory: string;
  readonly signatoryPosition: string;
}

/** `GET /api/credit/pledges?creditCode=` (credit officer). */
export const pledgesQuery = z.object({ creditCode: creditCodeSchema });

export type PledgesQuery = z.infer<typeof pledgesQuery>;

/** How many pledges a list answers (newest first): an enterprise signs once per text version, rarely more. */
export const PLEDGE_LIST_MAX = 100;

export interface PledgeList {
  readonly creditCode: string;
  readonly pledges: readonly PledgeView[];
}
