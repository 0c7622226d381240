import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { boardEntrySchema } from './api/board.api';
import { evaluatedItemSchema } from './api/clean-enterprise.api';
import { CREDIT_SOURCE, CREDIT_TOPIC } from './credit-topic';

const date = z.iso.date();

/**
 * A red/black board (红黑榜) was approved: the whole dated snapshot, keyed by the board id. Drafts are not
 * public. Entries carry the decision and the enterprise only — no evidence reference, no person's name.
 */
export const BoardPublishedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.board.published.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    boardId: z.string().min(1),
    period: z.string().min(1),
    firstDay: date,
    lastDay: date,
    /** The day the entries were computed (China). */
    asOf: date,
    approvedOn: date,
    red: z.array(boardEntrySchema),
    black: z.array(boardEntrySchema),
  }),
});

/** An enterprise's responsible person signed the integrity pledge (廉洁承诺). Keyed by the credit code; no name. */
export const PledgeSignedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.pledge.signed.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    pledgeId: z.string().min(1),
    creditCode: z.string().length(18),
    signedOn: date,
    textVersion: z.string().min(1),
    signatoryPosition: z.string().min(1),
  }),
});

/**
 * An enterprise's 清廉企业 evaluation of a year (Ningbo); a re-evaluation is a new event naming the one it
 * replaces. Keyed by the credit code. The result is public.
 */
export const CleanEnterpriseEvaluatedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.credit.clean-enterprise.evaluated.v1',
  version: 1,
  topic: CREDIT_TOPIC,
  source: CREDIT_SOURCE,
  schema: z.object({
    evaluationId: z.string().min(1),
    creditCode: z.string().length(18),
    enterpriseName: z.string().min(1),
    year: z.number().int(),
    passed: z.boolean(),
    items: z.array(evaluatedItemSchema),
    replaces: z.string().min(1).nullable(),
    evaluatedOn: date,
  }),
});
