import {
  creditCodeSchema,
  mainlandMobileSchema,
  optionalTextSchema,
  textSchema,
  fromDecimalDigits,
} from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { calendarDateSchema, pauseCauseSchema, ratingSchema, requestCategorySchema } from '../common.schema';

/**
 * Bodies of the appeals HTTP API, shared by the server (validation, OpenAPI) and the kiosk and console
 * (forms), so the three never disagree. Limits match the domain's REQUEST_TEXT_LIMITS.
 */
const id = (field: { zh: string; en: string }) =>
  textSchema(100, field).regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/u,
    `${field.zh}格式不正确 / ${field.en} is malformed`,
  );

export const STAFF_CHANNELS = [
  'staff-walk-in',
  'staff-phone',
  'liaison-visit',
  'online',
  'joint-meeting',
  'suggestion-box',
  'wechat',
] as const;

export const submitRequestBody = z.object({
  enterprise: z.object({
    creditCode: creditCodeSchema,
    name: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }),
  }),
  contact: z.object({
    name: textSchema(100, { zh: '联系人姓名', en: 'Contact name' }),
    phone: mainlandMobileSchema,
  }),
  category: requestCategorySchema,
  priority: z.enum(['normal', 'urgent']).default('normal'),
  title: textSchema(100, { zh: '标题', en: 'Title' }),
  description: textSchema(4000, { zh: '诉求内容', en: 'Description' }),
  /** Staff say how the request came in; at a kiosk the channel is always `kiosk`. */
  channel: z.enum(STAFF_CHANNELS).optional(),
});
export type SubmitRequestBody = z.input<typeof submitRequestBody>;

export const handOffBody = z.object({
  toDepartmentId: id({ zh: '承办部门', en: 'Department' }),
  note: textSchema(4000, { zh: '转办说明', en: 'Note' }),
});
export const reasonBody = z.object({ reason: textSchema(4000, { zh: '理由', en: 'Reason' }) });

/** `POST …/pause`: a listed cause and what exactly is awaited. */
export const pauseBody = reasonBody.extend({
  cause: pauseCauseSchema.describe('暂停事由 / Pause cause'),
});

/** `POST …/plan-outcome`: 拟上报上级 (`report-up`) or 拟告知 (`inform`), with a note. */
export const planOutcomeBody = z.object({
  outcome: z.enum(['report-up', 'inform']).describe('拟上报上级 report-up / 拟告知 inform'),
  note: textSchema(4000, { zh: '说明', en: 'Note' }),
});

/** `POST …/callback`: 回访 by the supervision office; `answer` is the enterprise's own rating on the phone. */
export const callbackBody = z.object({
  // Empty (the form's "none") or null: the enterprise did not rate on the phone.
  answer: z.union([ratingSchema, z.literal('').transform(() => null), z.null()]).default(null),
  note: textSchema(4000, { zh: '回访记录', en: 'Callback note' }),
});
/** `POST …/rectification`: the department's 整改 report. */
export const rectificationBody = z.object({
  note: textSchema(4000, { zh: '整改情况', en: 'Rectification' }),
});
/** `POST …/rating-appeal/decision`: the supervisor upholds (sets the rating aside) or rejects a 申诉. */
export const appealDecisionBody = z.object({
  upheld: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
      error: '申诉决定须为成立或不成立 / upheld must be true or false',
    })
    .describe('申诉成立 true / 不成立 false'),
  reason: textSchema(4000, { zh: '决定理由', en: 'Reason' }),
});

/** `PUT /appeals/departments/{id}/policy-liaison`: 政策联络员, with an office number. */
export const policyLiaisonBody = z.object({
  name: textSchema(50, { zh: '联络员姓名', en: 'Name' }),
  officePhone: textSchema(30, { zh: '办公电话', en: 'Office phone' }),
});
/** `POST /appeals/departments/{id}/appointments`: a 预约服务 record. */
export const appointmentBody = z.object({
  appointmentId: id({ zh: '预约编号', en: 'Appointment id' }),
  enterpriseName: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }),
  topic: textSchema(2000, { zh: '预约事项', en: 'Topic' }),
  scheduledOn: calendarDateSchema,
});
/** `POST /appeals/departments/{id}/inspections`: a 明查 (open) or 暗访 (covert) record. */
export const inspectionBody = z.object({
  inspectionId: id({ zh: '检查编号', en: 'Inspection id' }),
  mode: z.enum(['open', 'covert']).describe('明查 open / 暗访 covert'),
  conclusion: z.enum(['satisfactory', 'needs-rectification']).describe('未发现问题 / 责令整改'),
  findings: textSchema(4000, { zh: '检查情况', en: 'Findings' }),
});

/** `POST …/pause/extension`: the supervisor lets the current pause stop the clocks for up to this many days. */
export const pauseExtensionBody = reasonBody.extend({
  upToWorkingDays: fromDecimalDigits(
    z.coerce
      .number()
      .int('批准暂停天数须为整数 / The approved pause must be a whole number of working days')
      .min(1)
      .max(120),
  ),
});
export const replyBody = z.object({ message: textSchema(4000, { zh: '答复内容', en: 'Message' }) });
export const resolveBody = z.object({ answer: textSchema(4000, { zh: '办理结果', en: 'Answer' }) });
export const escalateBody = z.object({
  upperLevelUnit: textSchema(100, { zh: '上级单位', en: 'Upper-level unit' }),
  upperLevelReference: textSchema(100, { zh: '上报文号', en: 'Upper-level reference' }),
  note: textSchema(4000, { zh: '说明', en: 'Note' }),
});
export const informBody = z.object({
  reason: textSchema(4000, { zh: '不能办理的理由', en: 'Reason' }),
  basis: textSchema(4000, { zh: '依据', en: 'Basis' }),
});
export const supervisionOrderBody = z.object({
  orderId: id({ zh: '督办单编号', en: 'Supervision order id' }),
});
export const rehandlingBody = supervisionOrderBody.extend({
  instruction: textSchema(4000, { zh: '督办要求', en: 'Instruction' }),
});
export const supervisionNoteBody = supervisionOrderBody.extend({
  note: textSchema(4000, { zh: '督办意见', en: 'Note' }),
});
/** 督办销号: the outcome (整改完成 rectified / 问责建议 accountability) and the conclusion. */
export const closeOrderBody = supervisionOrderBody.extend({
  outcome: z.enum(['rectified', 'accountability']).describe('整改完成 rectified / 问责建议 accountability'),
  conclusion: textSchema(4000, { zh: '销号意见', en: 'Conclusion' }),
});
export const duplicateBody = z.object({
  originalRequestId: id({ zh: '原诉求编号', en: 'Original request id' }),
});
export const jointMeetingBody = z.object({
  meetingId: id({ zh: '联席会议编号', en: 'Meeting id' }),
  meetingTitle: textSchema(100, { zh: '联席会议名称', en: 'Meeting title' }),
  scheduledOn: calendarDateSchema,
});
export const jointMeetingOutcomeBody = z.object({
  meetingId: id({ zh: '联席会议编号', en: 'Meeting id' }),
  outcome: textSchema(4000, { zh: '会议结论', en: 'Meeting outcome' }),
});

/** A walk-in follows a request with the receipt code and the last four digits of the contact phone. */
export const receiptProofBody = z.object({
  receiptCode: z
    .string()
    .trim()
    .toUpperCase()
    .transform((code) => code.replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .regex(/^[2-9A-HJKMNP-Z]{12}$/u, '回执码应为12位字母数字 / A receipt code has 12 letters and digits'),
    ),
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/u, '请输入手机号码后四位 / Enter the last four digits of the phone number'),
});
export type ReceiptProof = z.infer<typeof receiptProofBody>;

export const rateBody = receiptProofBody.partial().extend({
  rating: ratingSchema,
  comment: optionalTextSchema(1000, { zh: '评价意见', en: 'A comment' }).default(''),
});
export const reopenBody = receiptProofBody.partial().extend({
  reason: textSchema(4000, { zh: '重新办理的理由', en: 'Reason' }),
});

export const changePolicyBody = z.object({
  reason: textSchema(1000, { zh: '修改原因', en: 'Reason' }),
  policy: z.object({
    defaults: z.object({
      acceptWithin: z.number().int(),
      replyWithin: z.number().int(),
      resolveWithin: z.number().int(),
      extendedResolveWithin: z.number().int(),
      reportUpWithin: z.number().int(),
      informWithin: z.number().int(),
    }),
    overrides: z
      .array(
        z.object({
          category: requestCategorySchema,
          priority: z.enum(['normal', 'urgent']),
          limits: z
            .object({
              acceptWithin: z.number().int(),
              replyWithin: z.number().int(),
              resolveWithin: z.number().int(),
              extendedResolveWithin: z.number().int(),
              reportUpWithin: z.number().int(),
              informWithin: z.number().int(),
            })
            .partial(),
        }),
      )
      .max(32),
    sendBackWithin: z.number().int(),
    reminderAt: z.number(),
    feedbackWindow: z.number().int(),
    maxReopens: z.number().int(),
    defaultOwnerUnitId: z.string().min(1),
    // Settings added later default to the domain's defaults, so clients that predate them keep working.
    pauseApprovalAfter: z.number().int().default(5),
    pauseCapPerRequest: z.number().int().default(30),
    officeHoursEnd: z.string().default('17:30'),
    supervisionOrderWithin: z.number().int().default(5),
    callbackWithin: z.number().int().default(1),
    rectificationWithin: z.number().int().default(15),
  }),
});
