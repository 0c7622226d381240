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

/**
 * Error middleware right after the body parser: body-parser marks a body it could not parse
 * (`entity.parse.failed`); that becomes the fixed answer above before Nest turns it into a 400 carrying
 * the parser's message. Every other error goes on unchanged.
 */
export const malformedBodyHandler = (
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void => {
  next((error as { type?: unknown } | null)?.type === 'entity.parse.failed' ? malformedBody() : error);
};
