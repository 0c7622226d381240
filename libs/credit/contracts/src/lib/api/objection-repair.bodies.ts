import { creditCodeSchema, textSchema, pageLimit } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { correctRecordBody } from './integrity-record.bodies';

const documentNumber = textSchema(100, { zh: '文书号', en: 'Document number' });

/**
 * `POST /api/credit/objections`: an objection (异议) against a record. The identified enterprise at the kiosk
 * files for itself; a credit officer files for an enterprise and names it (`creditCode`).
 */
export const fileObjectionBody = z.object({
  documentNumber,
  grounds: textSchema(2000, { zh: '异议理由', en: 'Grounds' }),
  evidenceReference: textSchema(500, { zh: '证明材料索引', en: 'Evidence reference' }).optional(),
  creditCode: creditCodeSchema.optional(),
});

export type FileObjectionBody = z.infer<typeof fileObjectionBody>;

export const OBJECTION_DECISION_OUTCOMES = ['upheld', 'corrected', 'withdrawn'] as const;

/** `POST /api/credit/objections/{objectionId}/decision`: 维持, 更正 (with the changes) or 撤销, with reasons. */
export const decideObjectionBody = z.object({
  outcome: z.enum(OBJECTION_DECISION_OUTCOMES, {
    message: `处理结果须为 upheld（维持）、corrected（更正）或 withdrawn（撤销） / outcome is one of ${OBJECTION_DECISION_OUTCOMES.join(', ')}`,
  }),
  reasons: textSchema(400, { zh: '处理理由', en: 'Reasons' }),
  changes: correctRecordBody.shape.changes.optional(),
});

export type DecideObjectionBody = z.infer<typeof decideObjectionBody>;

export type ObjectionStatus = 'open' | 'decided' | 'retracted';

export interface ObjectionAnswer {
  readonly objectionId: string;
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly filedOn: string;
  readonly dueOn: string;
  readonly status: ObjectionStatus;
  readonly outcome?: (typeof OBJECTION_DECISION_OUTCOMES)[number] | null;
}

/** `POST /api/credit/repairs`: a repair application with its correction evidence and the signed commitment. */
export const applyForRepairBody = z.object({
  documentNumber,
  correctionEvidence: textSchema(2000, { zh: '纠正失信行为的证明材料', en: 'Correction evidence' }),
  commitment: z.object(
    {
      signatoryName: textSchema(50, { zh: '签署人姓名', en: 'Signatory name' }),
      signatoryPosition: textSchema(50, { zh: '签署人职务', en: 'Signatory position' }),
      textVersion: textSchema(20, { zh: '承诺书版本', en: 'Commitment text version' }),
    },
    { message: '请签署信用承诺书 / the credit commitment must be signed' },
  ),
  creditCode: creditCodeSchema.optional(),
});

export type ApplyForRepairBody = z.infer<typeof applyForRepairBody>;

export const REPAIR_DECISION_OUTCOMES = ['granted', 'refused'] as const;

/** `POST /api/credit/repairs/{applicationId}/decision`: granted or refused, with reasons. */
export const decideRepairBody = z.object({
  outcome: z.enum(REPAIR_DECISION_OUTCOMES, {
    message: '决定须为 granted（准予修复）或 refused（不予修复） / outcome is granted or refused',
  }),
  reasons: textSchema(500, { zh: '决定理由', en: 'Reasons' }),
});

export type DecideRepairBody = z.infer<typeof decideRepairBody>;

export type RepairStatus = 'pending' | 'granted' | 'refused';

export interface RepairAnswer {
  readonly applicationId: string;
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly appliedOn: string;
  readonly dueOn: string;
  readonly status: RepairStatus;
}

/** `GET /api/credit/objections` and `/repairs`: a page of the officer's list, keyset-paged. */
export const CASE_LIST_LIMIT = { default: 20, max: 100 } as const;

const listLimit = pageLimit({ defaultLimit: CASE_LIST_LIMIT.default, max: CASE_LIST_LIMIT.max });

const after = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,400}$/u, 'after 须为上一页给出的游标 / after is the cursor a previous page gave')
  .optional();

export const objectionListQuery = z.object({
  status: z.enum(['open', 'decided'], {
    message: 'status 须为 open（待处理）或 decided（已处理） / status is open or decided',
  }),
  after,
  limit: listLimit,
});

export type ObjectionListQuery = z.infer<typeof objectionListQuery>;

export const repairListQuery = z.object({
  status: z.enum(['pending', 'decided'], {
    message: 'status 须为 pending（待决定）或 decided（已决定） / status is pending or decided',
  }),
  after,
  limit: listLimit,
});

export type RepairListQuery = z.infer<typeof repairListQuery>;

/** The working-day clock of a case: when it is due and whether it is overdue (today after the due day). */
export interface CaseClock {
  readonly dueOn: string;
  readonly overdue: boolean;
  /** Working days left (0: due today; negative: working days overdue); null once decided. */
  readonly workingDaysLeft: number | null;
}

export interface ObjectionView {
  readonly objectionId: string;
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly enterpriseName: string | null;
  readonly grounds: string;
  readonly evidenceReference: string | null;
  readonly filedBy: 'kiosk-enterprise' | 'credit-officer';
  readonly filedOn: string;
  readonly status: ObjectionStatus;
  readonly clock: CaseClock;
  readonly outcome: (typeof OBJECTION_DECISION_OUTCOMES)[number] | null;
  readonly reasons: string | null;
  readonly decidedOn: string | null;
  readonly retractedOn: string | null;
}

export interface RepairView {
  readonly applicationId: string;
  readonly documentNumber: string;
  readonly creditCode: string;
  readonly enterpriseName: string | null;
  readonly correctionEvidence: string;
  readonly commitment: {
    readonly signatoryName: string;
    readonly signatoryPosition: string;
    readonly textVersion: string;
  };
  readonly appliedBy: 'kiosk-enterprise' | 'credit-officer';
  readonly appliedOn: string;
  readonly status: RepairStatus;
  readonly clock: CaseClock;
  readonly reasons: string | null;
  readonly decidedOn: string | null;
}

export interface CasePage<View> {
  readonly asOf: string;
  readonly items: readonly View[];
  /** Pass as `after` for the next page; null on the last one. */
  readonly next: string | null;
}
