import { REFERENCE_ID_PATTERN } from '@qinqing/identity/access';
import { z } from 'zod';

const unitId = (what: { zh: string; en: string }) =>
  z
    .string()
    .regex(
      REFERENCE_ID_PATTERN,
      `${what.zh}应为3至64位小写字母、数字或连字符 / ${what.en} must be 3–64 lower-case letters, digits or hyphens`,
    );

/** `GET /api/service-centre/request-stats`: optionally one receiving unit (centre) and/or one department. */
export const requestStatsQuery = z.strictObject({
  centreId: unitId({ zh: '服务中心编号', en: 'centreId' }).optional(),
  departmentId: unitId({ zh: '部门编号', en: 'departmentId' }).optional(),
});

export type RequestStatsQuery = z.infer<typeof requestStatsQuery>;
