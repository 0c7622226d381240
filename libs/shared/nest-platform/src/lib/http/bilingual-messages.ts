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
  const localized = locale(issue as unknown as z.core.$ZodRawIssue);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
};

/** A schema's own message, written for this field in "中文 / English" form (or in one language). */
const customMessage = (issue: z.core.$ZodIssue): { zh: string; en: string } | null => {
  if (issue.code !== 'custom' && !issue.message.includes(' / ')) return null;
  const [zhPart, enPart] = issue.message.split(' / ');
  return { zh: zhPart ?? issue.message, en: enPart ?? issue.message };
};

const fieldName = (prefix: string | undefined, path: readonly PropertyKey[]): string =>
  [prefix, ...path.map(String)].filter((p) => p !== undefined && p !== '').join('.') || '(body)';

/** The JSON types a field may be expected to have, as people say them. */
const TYPE_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'an object' },
  tuple: { zh: '数组', en: 'an array' },
  record: { zh: '对象', en: 'an object' },
  date: { zh: '日期', en: 'a date' },
  null: { zh: 'null', en: 'null' },
};

const typeName = (expected: string) => TYPE_NAMES[expected] ?? { zh: expected, en: expected };

/** The types a union would have taken, when each of its branches failed on the type alone. */
const unionTypes = (issue: z.core.$ZodIssueInvalidUnion): string[] | null => {
  const types = issue.errors.map((branch) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' ? branch[0].expected : null,
  );
  return types.length > 0 && types.every((t) => t !== null) ? [...new Set(types)] : null;
};

/**
 * A field of the wrong type and an absent one are different mistakes, and zod's own words blur them: its
 * issues drop the input (unless parsed with `reportInput`), so its locales say "received undefined" for a
 * number sent as text, and a schema's "请填写… / … is required" is its answer to both. With the input
 * reported, an absent field (`undefined`) says it is missing — in the schema's words when it has its own —
 * and a present one of the wrong type says which type it must be.
 */
const typeMessage = (issue: z.core.$ZodIssue, field: string): { zh: string; en: string } | null => {
  const types =
    issue.code === 'invalid_type'
      ? [issue.expected]
      : issue.code === 'invalid_union'
        ? unionTypes(issue)
        : null;
  if (types === null) return null;
  if (issue.input === undefined)
    return customMessage(issue) ?? { zh: `缺少字段“${field}”`, en: `The field "${field}" is missing` };
  const names = types.map(typeName);
  return {
    zh: `“${field}”须为${names.map((n) => n.zh).join('或')}`,
    en: `"${field}" must be ${names.map((n) => n.en).join(' or ')}`,
  };
};

/**
 * One problem per field. A strict object's unknown keys are each named as the field (not the object holding
 * them): a client sending a field the API no longer takes learns which one. Issues should come from a parse
 * with `reportInput: true`, so that a wrong type is told from a missing field (see `typeMessage`).
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
        message: typeMessage(issue, field) ??
          customMessage(issue) ?? { zh: render(zh, issue), en: render(en, issue) },
      },
    ];
  });
