import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { toFieldProblems } from '@qinqing/shared/contracts-kit';

/**
 * 400 with every field problem in Chinese and English; `field` names the first of them, as every other
 * refusal of bad input does.
 */
export class InputValidationException extends BadRequestException {
  constructor(issues: readonly z.core.$ZodIssue[], where: string) {
    const fields = toFieldProblems(issues, where === 'body' ? undefined : where);
    super({
      error: 'validation-failed',
      message: { zh: '输入有误，请检查标出的字段', en: 'The input is invalid; see the fields listed' },
      ...(fields[0] === undefined ? {} : { field: fields[0].field }),
      fields,
    });
  }
}

/**
 * Parses a body, query or path parameter set with a zod schema. The input is reported in the issues so that
 * a field of the wrong type is told from a missing one; it never leaves this process (the answer carries
 * only the field problems).
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.infer<Schema>> {
  constructor(
    private readonly schema: Schema,
    private readonly where: 'body' | 'query' | 'params' = 'body',
  ) {}

  transform(value: unknown): z.infer<Schema> {
    const result = this.schema.safeParse(value ?? {}, { reportInput: true });
    if (!result.success) throw new InputValidationException(result.error.issues, this.where);
    return result.data;
  }
}
