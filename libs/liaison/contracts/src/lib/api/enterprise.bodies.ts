import { z } from 'zod';

const TAGS = ['key-backbone', 'four-new', 'high-growth', 'in-difficulty'] as const;

const indicator = (zh: string, en: string, whole = false) =>
  (whole ? z.number().int(`${zh}须为整数 / ${en} must be a whole number`) : z.number())
    .min(0, `${zh}不能小于0 / ${en} must not be below 0`)
    .max(1e12, `${zh}过大 / ${en} is too large`)
    .nullable();

const fields = {
  name: z.string().max(400, '企业名称过长 / name too long'),
  areaCode: z.string().max(12, '行政区划代码过长 / area code too long'),
  industry: z.string().max(10, '行业代码过长 / industry code too long'),
  employees: indicator('从业人员', 'employees', true),
  revenue: indicator('营业收入', 'revenue'),
  assets: indicator('资产总额', 'assets'),
  chambers: z.array(z.string().max(200)).max(50, '所属商会过多 / too many chambers'),
  tags: z.array(z.enum(TAGS)).max(TAGS.length),
  contactPhone: z.string().max(20, '手机号码过长 / phone too long').nullable(),
};

/** `POST /api/enterprises`: register an enterprise under its credit code (the rules check each field). */
export const registerEnterpriseBody = z.object({
  creditCode: z.string().max(30, '统一社会信用代码过长 / credit code too long'),
  name: fields.name,
  areaCode: fields.areaCode.optional(),
  industry: fields.industry,
  employees: fields.employees.default(null),
  revenue: fields.revenue.default(null),
  assets: fields.assets.default(null),
  chambers: fields.chambers.default([]),
  tags: fields.tags.default([]),
  contactPhone: fields.contactPhone.default(null),
});

export type RegisterEnterpriseBody = z.infer<typeof registerEnterpriseBody>;

/** `PATCH /api/enterprises/{creditCode}`: the fields to correct; a field left out is kept. */
export const correctEnterpriseBody = z
  .object({
    name: fields.name,
    areaCode: fields.areaCode,
    industry: fields.industry,
    employees: fields.employees,
    revenue: fields.revenue,
    assets: fields.assets,
    chambers: fields.chambers,
    tags: fields.tags,
    contactPhone: fields.contactPhone,
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, {
    message: '请至少给出一项要更正的信息 / give at least one field to correct',
  });

export type CorrectEnterpriseDetailsBody = z.infer<typeof correctEnterpriseBody>;
