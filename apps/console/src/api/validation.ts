import type { z } from 'zod';
import type { Bilingual } from '../i18n/LocaleContext';

/** The shared schemas write messages as "中文 / English"; the API splits them the same way. */
export const splitBilingual = (message: string): Bilingual => {
  const at = message.indexOf(' / ');
  return at < 0 ? { zh: message, en: message } : { zh: message.slice(0, at), en: message.slice(at + 3) };
};

export type FieldErrors = Readonly<Record<string, Bilingual>>;

/** Checks a form body with the contracts schema before it is sent: the first problem per field path. */
export const validateWith = (schema: z.ZodType, body: unknown): FieldErrors => {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: Record<string, Bilingual> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= splitBilingual(issue.message);
  }
  return errors;
};
