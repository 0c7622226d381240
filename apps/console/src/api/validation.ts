import { messageUnderField, toFieldProblems } from '@qinqing/shared/contracts-kit';
import type { z } from 'zod';
import type { Bilingual } from '../i18n/LocaleContext';

export type FieldErrors = Readonly<Record<string, Bilingual>>;

/**
 * Checks a form body with the contracts schema before it is sent: the first problem per field path, in the
 * words the API would answer with (`toFieldProblems`: the schema's own "中文 / English" message, else the
 * platform's wording of the bound, value or type — never zod's English), shown under the field without its name.
 */
export const validateWith = (schema: z.ZodType, body: unknown): FieldErrors => {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return {};
  const errors: Record<string, Bilingual> = {};
  for (const problem of toFieldProblems(result.error.issues))
    errors[problem.field] ??= messageUnderField(problem);
  return errors;
};
