import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FieldProblem, messageUnderField, toFieldProblems } from './field-problems';

const problems = (schema: z.ZodType, input: unknown, prefix?: string) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return toFieldProblems(result.error.issues, prefix);
};

describe('toFieldProblems', () => {
  const body = z.object({ title: z.string(), organiser: z.object({ name: z.string() }).strict() }).strict();

  it('names each key a strict object does not take, where it is', () => {
    expect(
      problems(body, { title: 't', organiser: { name: 'n', code: 1 }, jurisdiction: '610902' }, 'body').map(
        ({ field, code }) => ({ field, code }),
      ),
    ).toEqual([
      { field: 'body.organiser.code', code: 'unrecognized_keys' },
      { field: 'body.jurisdiction', code: 'unrecognized_keys' },
    ]);
    const [named] = problems(body, { title: 't', organiser: { name: 'n' }, jurisdiction: 'x' });
    expect(named).toMatchObject({
      field: 'jurisdiction',
      message: { zh: '不接受字段“jurisdiction”', en: 'The field "jurisdiction" is not accepted' },
    });
  });

  it('names the field of any other problem, and (body) for the body itself', () => {
    expect(problems(body, { organiser: { name: 'n' } }).map((p) => p.field)).toEqual(['title']);
    expect(problems(body, 'junk').map((p) => p.field)).toEqual(['(body)']);
  });
});

describe('a wrong type and a missing field', () => {
  const bilingualText = (field: { zh: string; en: string }) =>
    z.string({ message: `请填写${field.zh} / ${field.en} is required` });
  const body = z
    .object({
      title: bilingualText({ zh: '标题', en: 'Title' }),
      capacity: z.number(),
      open: z.boolean(),
      tags: z.array(z.string()),
      rating: z.union([z.number(), z.string().max(4)]),
    })
    .strict();
  /** As the platform's pipe parses: the input reported, so the two mistakes can be told apart. */
  const answer = (input: unknown): { field: string | undefined; fields: FieldProblem[] } => {
    const result = body.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    const fields = toFieldProblems(result.error.issues);
    return { field: fields[0]?.field, fields };
  };
  const messageOf = (input: unknown, field: string) =>
    answer(input).fields.find((p) => p.field === field)?.message;

  it('says a field of the wrong type must be of its type, in both languages, whatever the schema’s message', () => {
    const sent = { title: 42, capacity: '30', open: 'yes', tags: 'a,b', rating: true };
    expect(messageOf(sent, 'title')).toEqual({ zh: '“title”须为字符串', en: '"title" must be a string' });
    expect(messageOf(sent, 'capacity')).toEqual({
      zh: '“capacity”须为数字',
      en: '"capacity" must be a number',
    });
    expect(messageOf(sent, 'open')).toEqual({
      zh: '“open”须为布尔值（true 或 false）',
      en: '"open" must be a boolean (true or false)',
    });
    expect(messageOf(sent, 'tags')).toEqual({ zh: '“tags”须为数组', en: '"tags" must be an array' });
    expect(messageOf(sent, 'rating')).toEqual({
      zh: '“rating”须为数字或字符串',
      en: '"rating" must be a number or a string',
    });
    // null is sent, so it is a wrong type too, not a missing field.
    expect(messageOf({ ...sent, title: null }, 'title')?.en).toBe('"title" must be a string');
  });

  it('says an absent field is missing: in the schema’s own words when it has them, else naming the field', () => {
    expect(messageOf({}, 'title')).toEqual({ zh: '请填写标题', en: 'Title is required' });
    expect(messageOf({}, 'capacity')).toEqual({
      zh: '缺少字段“capacity”',
      en: 'The field "capacity" is missing',
    });
    expect(messageOf({}, 'rating')).toEqual({ zh: '缺少字段“rating”', en: 'The field "rating" is missing' });
    expect(answer({}).field).toBe('title');
  });

  it('keeps a schema’s own message for any other problem', () => {
    const limited = z.object({ code: z.string().regex(/^\d+$/u, '只能是数字 / Digits only') });
    const result = limited.safeParse({ code: 'x' }, { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    expect(toFieldProblems(result.error.issues)[0]?.message).toEqual({ zh: '只能是数字', en: 'Digits only' });
  });
});

describe('bounds and allowed values', () => {
  const query = z.object({
    pageSize: z.coerce.number().int().min(1).max(100),
    username: z.string().min(2).max(64),
    tags: z.array(z.string()).max(3),
    ratio: z.number().gt(0).lt(1),
    code: z.string().length(4),
    kind: z.enum(['policy', 'event']),
    version: z.literal(1),
  });
  const messageOf = (input: Record<string, unknown>, field: string) =>
    problems(query.partial(), input).find((p) => p.field === field)?.message;

  it('says the bound in the platform’s words, never zod’s half-English locale', () => {
    expect(messageOf({ pageSize: -1 }, 'pageSize')).toEqual({
      zh: '“pageSize”不能小于 1',
      en: '"pageSize" must be at least 1',
    });
    expect(messageOf({ pageSize: 101 }, 'pageSize')).toEqual({
      zh: '“pageSize”不能大于 100',
      en: '"pageSize" must be at most 100',
    });
    expect(messageOf({ username: 'x'.repeat(65) }, 'username')).toEqual({
      zh: '“username”最多 64 个字符',
      en: '"username" may have at most 64 characters',
    });
    expect(messageOf({ username: 'x' }, 'username')).toEqual({
      zh: '“username”至少 2 个字符',
      en: '"username" must have at least 2 characters',
    });
    expect(messageOf({ tags: ['a', 'b', 'c', 'd'] }, 'tags')?.en).toBe('"tags" may have at most 3 items');
    expect(messageOf({ ratio: 0 }, 'ratio')?.en).toBe('"ratio" must be more than 0');
    expect(messageOf({ ratio: 1 }, 'ratio')?.en).toBe('"ratio" must be less than 1');
    expect(messageOf({ code: 'abc' }, 'code')).toEqual({
      zh: '“code”须为 4 个字符',
      en: '"code" must have exactly 4 characters',
    });
  });

  it('lists the values a field may take', () => {
    expect(messageOf({ kind: 'news' }, 'kind')).toEqual({
      zh: '“kind”须为以下之一："policy"、"event"',
      en: '"kind" must be one of "policy", "event"',
    });
    expect(messageOf({ version: 2 }, 'version')).toEqual({
      zh: '“version”须为 1',
      en: '"version" must be 1',
    });
  });

  it('leaves the name out for a form that shows the message under the field', () => {
    const underField = (input: Record<string, unknown>) => {
      const result = query.partial().safeParse(input, { reportInput: true });
      if (result.success) throw new Error('expected a failure');
      const [first] = toFieldProblems(result.error.issues, 'query');
      if (first === undefined) throw new Error('expected a problem');
      return messageUnderField(first);
    };
    expect(underField({ pageSize: 0 })).toEqual({ zh: '不能小于 1', en: 'Must be at least 1' });
    const named = z.object({ username: z.string().min(1) }).safeParse({ username: '' });
    const [empty] = named.success ? [] : toFieldProblems(named.error.issues);
    expect(empty?.message).toEqual({ zh: '“username”不能为空', en: '"username" must not be empty' });
    expect(empty === undefined ? null : messageUnderField(empty)).toEqual({
      zh: '不能为空',
      en: 'Must not be empty',
    });
    expect(underField({ kind: 'news' }).en).toBe('Must be one of "policy", "event"');
    expect(underField({ pageSize: 'x' })).toEqual({ zh: '须为数字', en: 'Must be a number' });
    const required = z.object({ title: z.string() }).safeParse({}, { reportInput: true });
    if (required.success) throw new Error('expected a failure');
    const [missing] = toFieldProblems(required.error.issues);
    expect(missing === undefined ? null : messageUnderField(missing)).toEqual({ zh: '必填', en: 'Required' });
    const own = { field: 'name', code: 'too_big', message: { zh: '名称过长', en: 'name too long' } };
    expect(messageUnderField(own)).toEqual(own.message);
  });

  it('keeps a schema’s own bilingual message for its bound', () => {
    const titled = z.object({ name: z.string().max(3, '名称过长 / name too long') });
    expect(problems(titled, { name: 'abcd' })[0]?.message).toEqual({ zh: '名称过长', en: 'name too long' });
  });
});
