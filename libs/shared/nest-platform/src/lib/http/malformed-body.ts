import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * A body that is not JSON. The parser's own words are never repeated: they quote fragments of the body
 * and name the parser, neither of which the caller needs.
 */
export const malformedBody = (): BadRequestException =>
  new BadRequestException({
    error: 'malformed-request',
    message: {
      zh: '请求内容不是有效的 JSON，请检查后重试',
      en: 'The request body is not valid JSON; check it and try again',
    },
    field: 'body',
  });

/** A body that is JSON, but a bare value (`null`, `42`, `"text"`) where an object or a list is taken. */
export const bareJsonValueBody = (): BadRequestException =>
  new BadRequestException({
    error: 'malformed-request',
    message: {
      zh: '请求内容须为 JSON 对象（或数组），不能是单独的值',
      en: 'The request body must be a JSON object (or array), not a bare value',
    },
    field: 'body',
  });

/** Whether the text the parser refused is JSON all the same: the parser takes only objects and arrays. */
const isJson = (text: unknown): boolean => {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Error middleware right after the body parser: body-parser marks a body it could not parse
 * (`entity.parse.failed`) — not JSON, or JSON that is a bare value —; that becomes one of the fixed answers
 * above before Nest turns it into a 400 carrying the parser's message. Every other error goes on unchanged.
 */
export const malformedBodyHandler = (
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void => {
  const refused = error as { type?: unknown; body?: unknown } | null;
  if (refused?.type !== 'entity.parse.failed') return next(error);
  next(isJson(refused.body) ? bareJsonValueBody() : malformedBody());
};
