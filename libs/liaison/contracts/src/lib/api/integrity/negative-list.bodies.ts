import { textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** A jurisdiction slug (`qingdao`, `hengkou`): the key of every per-jurisdiction setting. */
export const jurisdictionSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,39}$/u,
    '辖区标识为2–40位小写字母、数字或连字符，以字母开头 / A jurisdiction is 2–40 lowercase letters, digits or hyphens, starting with a letter',
  );

/** `PUT /api/liaison/jurisdictions/:jurisdiction/negative-lists`: adopt a catalogue version (administrator). */
export const adoptNegativeListsBody = z
  .object({
    version: z.string().min(1, '请填写目录版本 / The catalogue version is required').max(20),
    listIds: z
      .array(z.string().min(1).max(64))
      .min(1, '请至少选择一份清单 / Choose at least one list')
      .max(20),
    reason: textSchema(500, { zh: '采用理由', en: 'Reason' }),
  })
  .strict();
export type AdoptNegativeListsBody = z.infer<typeof adoptNegativeListsBody>;
