import {
  creditCodeSchema,
  mainlandMobileSchema,
  optionalTextSchema,
  textSchema,
  fromDecimalDigits,
  pageLimit,
} from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { jurisdictionSchema } from './integrity/negative-list.bodies';

/** HTTP bodies of officials, pairings and visits; limits match the domain's. */
const id = (field: { zh: string; en: string }) =>
  textSchema(100, field).regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]*$/u,
    `${field.zh}格式不正确 / ${field.en} is malformed`,
  );
const date = (field: { zh: string; en: string }) =>
  z.iso.date({ message: `${field.zh}须为 YYYY-MM-DD 格式的日期 / ${field.en} must be a date YYYY-MM-DD` });
const whole = (field: { zh: string; en: string }) =>
  z
    .number({ message: `${field.zh}须为整数 / ${field.en} must be a whole number` })
    .int(`${field.zh}须为整数 / ${field.en} must be a whole number`);

/** `PUT /api/liaison/settings`: a preset, or the numbers themselves; always with a reason. */
export const changeLiaisonSettingsBody = z.object({
  settings: z.union([
    z.object({ preset: z.enum(['hengkou', 'qingdao']) }).strict(),
    z
      .object({
        minPairingsPerOfficial: whole({ zh: '联系企业数下限', en: 'minPairingsPerOfficial' }),
        maxPairingsPerOfficial: whole({ zh: '联系企业数上限', en: 'maxPairingsPerOfficial' }),
        visitsPerYear: whole({ zh: '每年走访次数', en: 'visitsPerYear' }),
      })
      .strict(),
  ]),
  reason: textSchema(500, { zh: '修改理由', en: 'Reason' }),
});
export type ChangeLiaisonSettingsBody = z.infer<typeof changeLiaisonSettingsBody>;

/** `POST /api/liaison/officials` (register) and `PUT /api/liaison/officials/{accountId}` (change). */
export const officialProfileBody = z.object({
  accountId: id({ zh: '账号', en: 'Account id' }),
  name: textSchema(50, { zh: '姓名', en: 'Name' }),
  unitId: id({ zh: '所在单位', en: 'Unit' }),
  superiorAccountId: id({ zh: '上级', en: 'Superior' }),
  /** The jurisdiction whose settings bind the official (GB/T 2260, 6 digits); default: the deployment's. */
  jurisdiction: jurisdictionSchema.optional(),
  /** 办公电话/办公地点, e.g. "0574-87180000（区发改局 305 室）"; left out, null or blank: none. */
  officeChannel: optionalTextSchema(100, { zh: '办公电话/办公地点', en: 'Office channel' })
    .regex(
      /^[^\p{Cc}]*$/u,
      '办公电话/办公地点须为一行文字 / The office channel must be one line, without control characters',
    )
    .nullable()
    .optional(),
});
export type OfficialProfileBody = z.infer<typeof officialProfileBody>;

export const PAIRING_CATEGORY_VALUES = [
  'key-backbone',
  'four-new',
  'high-growth',
  'temporarily-struggling',
] as const;

/** `POST /api/liaison/pairings`. */
export const pairOfficialBody = z.object({
  officialId: id({ zh: '领导干部', en: 'Official' }),
  enterprise: z.object({
    creditCode: creditCodeSchema,
    name: textSchema(200, { zh: '企业名称', en: 'Enterprise name' }),
  }),
  category: z.enum(PAIRING_CATEGORY_VALUES, {
    message:
      '联系对象类别须为重点骨干、四新、高成长或暂时困难 / category must be key-backbone, four-new, high-growth or temporarily-struggling',
  }),
  startDate: date({ zh: '开始日期', en: 'startDate' }),
  exceptionJustification: optionalTextSchema(500, {
    zh: '例外理由',
    en: 'Exception justification',
  }).optional(),
});
export type PairOfficialBody = z.infer<typeof pairOfficialBody>;

/** `POST /api/liaison/pairings/{pairingId}/end`. */
export const endPairingBody = z.object({
  endDate: date({ zh: '结束日期', en: 'endDate' }),
  reason: textSchema(500, { zh: '结束理由', en: 'Reason' }),
});
export type EndPairingBody = z.infer<typeof endPairingBody>;

export const VISIT_FORM_VALUES = ['on-site', 'phone', 'letter', 'e-mail', 'questionnaire', 'wechat'] as const;

/** `POST /api/liaison/visits`: what an official types on a phone after a visit. */
export const logVisitBody = z.object({
  pairingId: id({ zh: '结对', en: 'Pairing' }),
  date: date({ zh: '走访日期', en: 'date' }),
  form: z.enum(VISIT_FORM_VALUES, {
    message:
      '走访形式须为实地走访、电话、信函、电子邮件、问卷调查或微信 / form must be on-site, phone, letter, e-mail, questionnaire or wechat',
  }),
  participants: z
    .array(textSchema(50, { zh: '参加人员', en: 'Participant' }))
    .max(20, '参加人员不超过20人 / at most 20 participants'),
  learned: textSchema(2000, { zh: '了解到的情况', en: 'What was learned' }),
  problems: z
    .array(
      z.object({
        title: textSchema(100, { zh: '问题标题', en: 'Problem title' }),
        description: textSchema(2000, { zh: '问题描述', en: 'Problem description' }),
      }),
    )
    .max(10, '一次走访最多登记10个问题 / at most 10 problems per visit'),
  contact: z
    .object({
      name: textSchema(50, { zh: '企业联系人', en: 'Contact name' }),
      phone: mainlandMobileSchema,
    })
    .nullable()
    .optional(),
  conduct: z.object({
    meal: z.enum(['none', 'canteen-staff-standard', 'other'], {
      message: '请申报用餐情况 / declare the meal',
    }),
    alcohol: z.boolean({ message: '请申报是否饮酒 / declare whether alcohol was served' }),
    transport: z.enum(['own', 'public', 'enterprise-when-needed', 'enterprise-dedicated-car'], {
      message: '请申报交通方式 / declare the transport',
    }),
    costsBorneBy: z.enum(['official-unit', 'enterprise', 'other'], {
      message: '请申报费用承担方 / declare who bore the costs',
    }),
    note: optionalTextSchema(500, { zh: '说明', en: 'Note' }).optional(),
  }),
});
export type LogVisitBody = z.infer<typeof logVisitBody>;

/** `GET /api/liaison/compliance?year=&unitId=`. */
export const complianceQuery = z.object({
  year: fromDecimalDigits(z.coerce.number().int().min(2000).max(2100).optional()),
  unitId: id({ zh: '单位', en: 'Unit' }).optional(),
});

/** Keyset paging of lists: `after` is the previous page's `nextCursor`. */
export const listQuery = z.object({
  after: z.string().max(200).optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});
