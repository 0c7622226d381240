import { textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/** `POST /api/credit/records`: the client names the record (a retry then cannot open a second one). */
export const openRecordBody = z.object({
  recordId: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{2,63}$/u,
      '编号为3–64位小写字母、数字或连字符 / 3–64 lowercase letters, digits or hyphens',
    ),
  title: textSchema(200, { zh: '标题', en: 'Title' }),
});

export type OpenRecordBody = z.infer<typeof openRecordBody>;
