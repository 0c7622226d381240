import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';

/**
 * The indicators of the index's methodology, as published (the domain's list; contracts may not import the
 * domain, so a service test keeps the two equal).
 */
export const HEALTH_INDEX_INDICATOR_IDS = [
  'pairings-visited',
  'symposia-held',
  'request-timeliness',
  'request-resolution',
  'request-satisfaction',
  'queue-waiting',
  'repeat-requests',
  'reopen-rate',
  'substantiated-reports',
  'filing-compliance',
  'recusal-rate',
  'policies-explained',
  'boards-on-time',
] as const;

const score = z.number().min(0).max(100).nullable();

/** A half year: `2026-H1` (January–June) or `2026-H2` (July–December). */
export const halfYear = z
  .string()
  .regex(/^\d{4}-H[12]$/u, {
    message: 'period 须为“年份-H1”或“年份-H2”，如 2026-H2 / period must be a half year such as 2026-H2',
  })
  .describe('A half year, e.g. 2026-H2');

export const healthIndexAreaFigures = z.object({
  areaCode: z
    .string()
    .regex(/^\d{6}$/u)
    .describe('GB/T 2260 county-level code'),
  total: score,
  aspects: z.object({ closeness: score, cleanness: score }),
  dimensions: z.object({
    care: score,
    service: score,
    burden: score,
    integrity: score,
    transparency: score,
  }),
  indicators: z.array(
    z.object({
      id: z.enum(HEALTH_INDEX_INDICATOR_IDS),
      value: z.number().nullable(),
      score,
      numerator: z.number(),
      base: z.number(),
    }),
  ),
});

export type HealthIndexAreaFigures = z.infer<typeof healthIndexAreaFigures>;

export const publishHealthIndexBody = z.object({ period: halfYear });
export type PublishHealthIndexBody = z.infer<typeof publishHealthIndexBody>;

const limit = pageLimit({ defaultLimit: 50 });

/** Keyset pages by half year (the published list, an area's trend): `after` is the page before's `next`. */
export const healthIndexPageQuery = z.object({
  after: halfYear.optional(),
  limit,
});
export type HealthIndexPageQuery = z.infer<typeof healthIndexPageQuery>;

/** Keyset pages of a half year's areas, in area-code order: `after` is the page before's `next`. */
export const healthIndexAreasQuery = z.object({
  after: z
    .string()
    .regex(
      /^\d{6}$/u,
      'after 须为上一页的 next（6位区县代码） / after is the previous page’s next (a county code)',
    )
    .optional(),
  limit,
});
export type HealthIndexAreasQuery = z.infer<typeof healthIndexAreasQuery>;

export interface HealthIndexPeriodView {
  readonly period: string;
  readonly methodologyVersion: string;
  readonly publishedOn: string;
  readonly areas: number;
}

export interface HealthIndexAreaView extends HealthIndexAreaFigures {
  readonly period: string;
  readonly methodologyVersion: string;
  readonly publishedOn: string;
  /** The county's name from GB/T 2260, or null for a code the directory does not know. */
  readonly areaName: string | null;
}

export interface HealthIndexPage<Item> {
  readonly items: readonly Item[];
  readonly next: string | null;
}
