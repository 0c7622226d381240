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

/** A message about a field by its name: "“pageSize”不能小于 1" / "\"pageSize\" must be at least 1". */
const about = (field: string, zh: string, en: string): { zh: string; en: string } => ({
  zh: `“${field}”${zh}`,
  en: `"${field}" ${en}`,
});

/** An absent field, by name. */
const missing = (field: string): { zh: string; en: string } => ({
  zh: `缺少字段“${field}”`,
  en: `The field "${field}" is missing`,
});

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
  if (issue.input === undefined) return customMessage(issue) ?? missing(field);
  const names = types.map(typeName);
  return about(
    field,
    `须为${names.map((n) => n.zh).join('或')}`,
    `must be ${names.map((n) => n.en).join(' or ')}`,
  );
};

/** What a bound counts, by the kind of value it bounds. */
const BOUNDED_UNITS: Readonly<
  Record<string, { readonly zh: string; readonly en: string; readonly enOne: string }>
> = {
  string: { zh: '个字符', en: 'characters', enOne: 'character' },
  array: { zh: '项', en: 'items', enOne: 'item' },
  set: { zh: '项', en: 'items', enOne: 'item' },
};

const boundText = (bound: number | bigint, origin: string): { zh: string; en: string } => {
  if (origin === 'date') {
    const day = new Date(Number(bound)).toISOString();
    return { zh: day, en: day };
  }
  const unit = BOUNDED_UNITS[origin];
  return unit === undefined
    ? { zh: String(bound), en: String(bound) }
    : {
        zh: `${String(bound)} ${unit.zh}`,
        en: `${String(bound)} ${Number(bound) === 1 ? unit.enOne : unit.en}`,
      };
};

/**
 * Bounds and allowed values in the platform's own words (zod's Chinese locale says "数值过小：期望 number >=1",
 * half of it English): how long, how large or which value the field may be.
 */
const limitMessage = (issue: z.core.$ZodIssue, field: string): { zh: string; en: string } | null => {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const small = issue.code === 'too_small';
    const bound = boundText(small ? issue.minimum : issue.maximum, issue.origin);
    if (issue.origin === 'date')
      return small
        ? about(field, `不能早于 ${bound.zh}`, `must not be before ${bound.en}`)
        : about(field, `不能晚于 ${bound.zh}`, `must not be after ${bound.en}`);
    if (small && issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive !== false)
      return about(field, '不能为空', 'must not be empty');
    const counted = BOUNDED_UNITS[issue.origin] !== undefined;
    if (issue.exact === true) return about(field, `须为 ${bound.zh}`, `must have exactly ${bound.en}`);
    if (small)
      return issue.inclusive === false
        ? about(field, `须多于 ${bound.zh}`, `must be more than ${bound.en}`)
        : counted
          ? about(field, `至少 ${bound.zh}`, `must have at least ${bound.en}`)
          : about(field, `不能小于 ${bound.zh}`, `must be at least ${bound.en}`);
    return issue.inclusive === false
      ? about(field, `须少于 ${bound.zh}`, `must be less than ${bound.en}`)
      : counted
        ? about(field, `最多 ${bound.zh}`, `may have at most ${bound.en}`)
        : about(field, `不能大于 ${bound.zh}`, `must be at most ${bound.en}`);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((value) => JSON.stringify(value));
    return values.length === 1
      ? about(field, `须为 ${values[0]}`, `must be ${values[0]}`)
      : about(field, `须为以下之一：${values.join('、')}`, `must be one of ${values.join(', ')}`);
  }
  return null;
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
          customMessage(issue) ??
          limitMessage(issue, field) ?? {
            zh: render(zh, issue),
            en: render(en, issue),
          },
      },
    ];
  });

/**
 * A problem's message for a form that shows it under the field itself: where the platform's own wording names the
 * field (`about`, `missing`), the name — the API's, not the form's label — goes ("“pageSize”不能小于 1" → "不能小于 1"
 * / "Must be at least 1"; a missing field: "必填" / "Required"). A schema's own message is as written.
 */
export const messageUnderField = ({ field, message }: FieldProblem): { zh: string; en: string } => {
  const absent = missing(field);
  if (message.zh === absent.zh && message.en === absent.en) return { zh: '必填', en: 'Required' };
  const named = about(field, '', '');
  if (!message.zh.startsWith(named.zh) || !message.en.startsWith(named.en)) return message;
  const rest = message.en.slice(named.en.length);
  return { zh: message.zh.slice(named.zh.length), en: `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` };
};
