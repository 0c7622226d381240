import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** NUL and unpaired UTF-16 surrogates cannot be stored as PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point of this pattern
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Deepest nesting of arrays and objects a body may have. The platform's own bodies go three levels deep;
 * the bound is what keeps every later recursive walk (this middleware's, zod's, the stores') far from the
 * stack's end, whatever an anonymous caller sends.
 */
export const MAX_BODY_DEPTH = 32;

/** Whether `value` nests deeper than `max`, found without recursion (an explicit stack of pending values). */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > max) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) pending.push({ value: child, depth });
  }
  return false;
};

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

const tooDeep = (): BadRequestException =>
  new BadRequestException({
    error: 'body-too-deep',
    message: {
      zh: `请求内容嵌套过深（最多${MAX_BODY_DEPTH}层）`,
      en: `The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels)`,
    },
    field: 'body',
  });

/**
 * Refuses a body nested deeper than MAX_BODY_DEPTH, then text the database cannot hold (a NUL character,
 * half a surrogate pair) anywhere in the body or the query, with a 400 naming the field, before any
 * handler or store sees it.
 */
export const storableTextMiddleware = (request: Request, _response: Response, next: NextFunction): void => {
  if (nestsDeeperThan(request.body, MAX_BODY_DEPTH) || nestsDeeperThan(request.query, MAX_BODY_DEPTH)) {
    return next(tooDeep());
  }
  const field = findUnstorable(request.body, '') ?? findUnstorable(request.query, 'query');
  if (field === null) return next();
  const name = field === '' ? '(body)' : field;
  next(
    new BadRequestException({
      error: 'validation-failed',
      message: { zh: '输入含有无法保存的字符', en: 'The input contains characters that cannot be stored' },
      field: name,
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
