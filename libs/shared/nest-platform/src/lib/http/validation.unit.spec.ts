import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputValidationException, ZodValidationPipe } from './validation';

describe('ZodValidationPipe', () => {
  const body = z.object({ title: z.string(), capacity: z.number() }).strict();
  const refusalOf = (input: unknown, where?: 'body' | 'query') => {
    try {
      new ZodValidationPipe(body, where).transform(input);
    } catch (refusal) {
      if (refusal instanceof InputValidationException) return refusal.getResponse();
    }
    throw new Error('expected a 400');
  };

  it('names the first problem as `field`, tells a wrong type from a missing field, in both languages', () => {
    expect(refusalOf({ capacity: '30' })).toMatchObject({
      error: 'validation-failed',
      field: 'title',
      fields: [
        { field: 'title', message: { zh: '缺少字段“title”', en: 'The field "title" is missing' } },
        { field: 'capacity', message: { zh: '“capacity”须为数字', en: '"capacity" must be a number' } },
      ],
    });
  });

  it('prefixes query and path parameters with where they came from', () => {
    expect(refusalOf({ title: 't', capacity: 1, extra: 1 }, 'query')).toMatchObject({ field: 'query.extra' });
  });

  it('passes what parses, as parsed', () => {
    expect(new ZodValidationPipe(body).transform({ title: 't', capacity: 1 })).toEqual({
      title: 't',
      capacity: 1,
    });
  });
});
