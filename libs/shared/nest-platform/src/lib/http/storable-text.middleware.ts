import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** NUL and unpaired UTF-16 surrogates cannot be stored as PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point of this pattern
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const findUnstorable = (value: unknown, path: string): string | null => {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorable(item, `${path}.${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorable(key, path) ?? findUnstorable(item, path === '' ? key : `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return null;
};

/**
 * Refuses text the database cannot hold (a NUL character, half a surrogate pair) anywhere in the body or
 * the query, with a 400 naming the field, before any handler or store sees it.
 */
export const storableTextMiddleware = (request: Request, _response: Response, next: NextFunction): void => {
  const field = findUnstorable(request.body, '') ?? findUnstorable(request.query, 'query');
  if (field === null) return next();
  const name = field === '' ? '(body)' : field;
  next(
    new BadRequestException({
      error: 'validation-failed',
      message: { zh: '输入含有无法保存的字符', en: 'The input contains characters that cannot be stored' },
      fields: [
        {
          field: name,
          code: 'unstorable-character',
          message: {
            zh: '含有空字符或不完整的字符，请删除后重试',
            en: 'Contains a NUL or an incomplete character; remove it and try again',
          },
        },
      ],
    }),
  );
};
