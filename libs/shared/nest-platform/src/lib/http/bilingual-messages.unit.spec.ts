import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldProblems } from './bilingual-messages';

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
