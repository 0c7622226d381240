import {
  normaliseCreditCode,
  normaliseMobileNumber,
  validateMainlandMobileNumber,
  validateUnifiedSocialCreditCode,
} from '@qinqing/shared/chinese-ids';
import { z } from 'zod';
import { forbiddenCharacterIn, hasVisibleCharacter } from './visible-text';

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

type FieldName = { readonly zh: string; readonly en: string };

/** Refuses forbidden characters (naming the first), and non-empty text in which nothing is visible. */
const storableCharacters =
  (field: FieldName) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const forbidden = forbiddenCharacterIn(value);
    if (forbidden !== null) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual({
          zh: `${field.zh}含有不可见字符或控制字符（${forbidden}），请删除后重试`,
          en: `${field.en} contains an invisible or control character (${forbidden}); remove it and try again`,
        }),
      });
    } else if (value.length > 0 && !hasVisibleCharacter(value)) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual({
          zh: `${field.zh}不能只有空白或不可见字符`,
          en: `${field.en} cannot consist of blank or invisible characters only`,
        }),
      });
    }
  };

/**
 * Free text (a title, a name, a reason): required, at most `max` characters, with a bilingual message for
 * each problem, and only characters that show what they say (see visible-text.ts).
 */
export const textSchema = (max: number, field: FieldName) =>
  z
    .string({ message: bilingual({ zh: `请填写${field.zh}`, en: `${field.en} is required` }) })
    .trim()
    .min(1, bilingual({ zh: `请填写${field.zh}`, en: `${field.en} is required` }))
    .max(
      max,
      bilingual({ zh: `${field.zh}不能超过${max}字`, en: `${field.en} cannot exceed ${max} characters` }),
    )
    .superRefine(storableCharacters(field));

/** Free text that may be left empty (a comment); when given, the same rules as `textSchema`. */
export const optionalTextSchema = (max: number, field: FieldName) =>
  z
    .string()
    .trim()
    .max(
      max,
      bilingual({ zh: `${field.zh}不能超过${max}字`, en: `${field.en} cannot exceed ${max} characters` }),
    )
    .superRefine(storableCharacters(field));
