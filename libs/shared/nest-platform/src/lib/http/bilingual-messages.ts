import { z } from 'zod';

/** A field-level input problem, in both languages the platform speaks. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
}

type LocaleError = (issue: z.core.$ZodRawIssue) => string | { message: string } | undefined | null;

const zh = z.locales.zhCN().localeError as LocaleError;
const en = z.locales.en().localeError as LocaleError;

const render = (locale: LocaleError, issue: z.core.$ZodIssue): string => {
  // A schema's own message wins: it was written for this field, in "中文 / English" form or in one language.
  const localized = locale(issue as unknown as z.core.$ZodRawIssue);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
};

const customMessage = (issue: z.core.$ZodIssue): { zh: string; en: string } | null => {
  if (issue.code !== 'custom' && !issue.message.includes(' / ')) return null;
  const [zhPart, enPart] = issue.message.split(' / ');
  return { zh: zhPart ?? issue.message, en: enPart ?? issue.message };
};

const fieldName = (prefix: string | undefined, path: readonly PropertyKey[]): string =>
  [prefix, ...path.map(String)].filter((p) => p !== undefined && p !== '').join('.') || '(body)';

/**
 * One problem per field. A strict object's unknown keys are each named as the field (not the object holding
 * them): a client sending a field the API no longer takes learns which one.
 */
export const toFieldProblems = (issues: readonly z.core.$ZodIssue[], prefix?: string): FieldProblem[] =>
  issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName(prefix, [...issue.path, key]),
        code: issue.code,
        message: { zh: `不接受字段“${key}”`, en: `The field "${key}" is not accepted` },
      }));
    }
    const field = fieldName(prefix, issue.path);
    return [
      {
        field,
        code: issue.code,
        message: customMessage(issue) ?? { zh: render(zh, issue), en: render(en, issue) },
      },
    ];
  });
