import {
  normaliseCreditCode,
  normaliseMobileNumber,
  validateMainlandMobileNumber,
  validateUnifiedSocialCreditCode,
} from '@qinqing/shared/chinese-ids';
import { z } from 'zod';

/** Custom messages travel as "中文 / English"; the API's error shape splits them into both languages. */
const bilingual = (message: { zh: string; en: string }): string => `${message.zh} / ${message.en}`;

/** 统一社会信用代码 (GB 32100-2015), normalised; the error says in plain words what is wrong. */
export const creditCodeSchema = z.string().transform((input, ctx) => {
  const result = validateUnifiedSocialCreditCode(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: bilingual(result.message) });
    return z.NEVER;
  }
  return normaliseCreditCode(input);
});

/** A mainland mobile number, normalised to 11 digits. */
export const mainlandMobileSchema = z.string().transform((input, ctx) => {
  const result = validateMainlandMobileNumber(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: bilingual(result.message) });
    return z.NEVER;
  }
  return normaliseMobileNumber(input);
});

/** Free text with a bilingual "required"/"too long" message. */
export const textSchema = (max: number, field: { zh: string; en: string }) =>
  z
    .string({ message: bilingual({ zh: `请填写${field.zh}`, en: `${field.en} is required` }) })
    .trim()
    .min(1, bilingual({ zh: `请填写${field.zh}`, en: `${field.en} is required` }))
    .max(
      max,
      bilingual({ zh: `${field.zh}不能超过${max}字`, en: `${field.en} cannot exceed ${max} characters` }),
    );
