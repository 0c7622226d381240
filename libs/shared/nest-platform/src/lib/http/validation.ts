import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { toFieldProblems } from './bilingual-messages';

/** 400 with every field problem in Chinese and English; never lets bad input reach a handler. */
export class InputValidationException extends BadRequestException {
  constructor(issues: readonly z.core.$ZodIssue[], where: string) {
    super({
      error: 'validation-failed',
      message: { zh: '输入有误，请检查标出的字段', en: 'The input is invalid; see the fields listed' },
      fields: toFieldProblems(issues, where === 'body' ? undefined : where),
    });
  }
}

/** Parses a body, query or path parameter set with a zod schema. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.infer<Schema>> {
  constructor(
    private readonly schema: Schema,
    private readonly where: 'body' | 'query' | 'params' = 'body',
  ) {}

  transform(value: unknown): z.infer<Schema> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw new InputValidationException(result.error.issues, this.where);
    return result.data;
  }
}
