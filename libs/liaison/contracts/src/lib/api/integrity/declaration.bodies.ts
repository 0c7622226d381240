import { creditCodeSchema, optionalTextSchema, textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** `POST /api/liaison/declarations/relations` (leading official): a specific-relation person and their ties. */
export const declareRelationBody = z
  .object({
    relation: z.enum(['spouse', 'child', 'child-spouse', 'other-specific'], {
      message:
        '关系须为配偶、子女、子女的配偶或其他特定关系人 / spouse, child, child-spouse or other-specific',
    }),
    name: textSchema(50, { zh: '姓名', en: 'Name' }),
    /** Checked (GB 11643), then kept only as a keyed hash and a masked form: never stored in clear. */
    idNumber: z.string().min(1, '请填写身份证号码 / The ID number is required').max(40),
    ties: z
      .array(
        z
          .object({
            creditCode: creditCodeSchema,
            kind: z.enum(['shareholding', 'position', 'business'], {
              message: '须为持股、任职或经营往来 / shareholding, position or business',
            }),
            detail: optionalTextSchema(200, { zh: '说明', en: 'Detail' }).default(''),
          })
          .strict(),
      )
      .max(20),
  })
  .strict();
export type DeclareRelationBody = z.infer<typeof declareRelationBody>;

export const withdrawRelationBody = z
  .object({ reason: textSchema(500, { zh: '撤回原因', en: 'Reason' }) })
  .strict();
export type WithdrawRelationBody = z.infer<typeof withdrawRelationBody>;

/** A recusal (回避): applied for by the official, or ordered by a supervisor / discipline inspector. */
export const recusalBody = z
  .object({
    enterpriseCreditCode: creditCodeSchema,
    reason: textSchema(500, { zh: '回避事由', en: 'Reason' }),
  })
  .strict();
export type RecusalBody = z.infer<typeof recusalBody>;

export const conflictQuery = z.object({ creditCode: creditCodeSchema }).strict();
export type ConflictQuery = z.infer<typeof conflictQuery>;
