/**
 * The 亲清健康指数 methodology: what is measured, how each figure becomes a score of 0–100, and how scores
 * combine. Its structure is that of Renmin University's 中国城市政商关系健康指数 (人大国发院, 2017 onwards): a
 * 亲近 (closeness) aspect of government care (关心), service (服务) and burden (负担), and a 清白 (cleanness)
 * aspect of integrity (廉洁) and transparency (透明). The indicators are this platform's: each is computed only
 * from public events of the contexts (docs/health-index.md names them). A published snapshot carries the
 * version; a change of indicator, anchor or weight is a new version, never an edit.
 */
export type HealthIndexAspect = 'closeness' | 'cleanness';

export type HealthIndexDimension = 'care' | 'service' | 'burden' | 'integrity' | 'transparency';

export const DIMENSION_ASPECT: Readonly<Record<HealthIndexDimension, HealthIndexAspect>> = {
  care: 'closeness',
  service: 'closeness',
  burden: 'closeness',
  integrity: 'cleanness',
  transparency: 'cleanness',
};

export const INDICATOR_IDS = [
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

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * How an indicator's figure is formed from its input (`numerator`, `base`): a share of the base, a count per
 * thousand enterprises of the area, a mean (numerator is the sum), or a plain count (base is 1).
 */
export type IndicatorMeasure = 'share' | 'per-thousand' | 'mean' | 'count';

export interface IndicatorDefinition {
  readonly id: IndicatorId;
  readonly dimension: HealthIndexDimension;
  readonly name: { readonly zh: string; readonly en: string };
  readonly measure: IndicatorMeasure;
  /** The figure that scores 0 and the one that scores 100; `worst > best` when lower is better. */
  readonly worst: number;
  readonly best: number;
  /** Fewer observations than this and the indicator is not available for the area and period. */
  readonly minimumBase: number;
  /** Its weight within its dimension. */
  readonly weight: number;
}

export interface HealthIndexMethodology {
  readonly version: string;
  /** The first half year it measures: nothing earlier is published under it. */
  readonly firstPeriod: `${number}-H1` | `${number}-H2`;
  readonly indicators: readonly IndicatorDefinition[];
  readonly dimensionWeights: Readonly<Record<HealthIndexDimension, number>>;
  readonly aspectWeights: Readonly<Record<HealthIndexAspect, number>>;
  /** How events are counted where an indicator needs a line drawn. */
  readonly counting: {
    /** A request is a repeat when the enterprise filed one in the same category within this many days. */
    readonly repeatRequestWindowDays: number;
    /** A red/black board is on time when approved within this many days after its period's last day. */
    readonly boardPublicationDays: number;
  };
}

const indicator = (definition: IndicatorDefinition): IndicatorDefinition => definition;

/** Version 2026.1: equal weights at every level; anchors chosen so a figure means the same every half year. */
export const HEALTH_INDEX_METHODOLOGY_2026_1: HealthIndexMethodology = {
  version: '2026.1',
  firstPeriod: '2026-H1',
  indicators: [
    indicator({
      id: 'pairings-visited',
      dimension: 'care',
      name: { zh: '结对走访覆盖率', en: 'pairings visited in the half year' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'symposia-held',
      dimension: 'care',
      name: { zh: '政企恳谈会场次', en: 'symposia held' },
      measure: 'count',
      worst: 0,
      best: 2,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'request-timeliness',
      dimension: 'service',
      name: { zh: '诉求按时办结率', en: 'requests answered on time' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'request-resolution',
      dimension: 'service',
      name: { zh: '诉求解决率', en: 'requests resolved' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'request-satisfaction',
      dimension: 'service',
      name: { zh: '诉求满意度（1–5）', en: 'request satisfaction (1–5)' },
      measure: 'mean',
      worst: 1,
      best: 5,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'queue-waiting',
      dimension: 'service',
      name: { zh: '窗口平均等候（分钟）', en: 'mean wait at the counters (minutes)' },
      measure: 'mean',
      worst: 60,
      best: 5,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'repeat-requests',
      dimension: 'burden',
      name: { zh: '重复诉求率', en: 'repeat requests' },
      measure: 'share',
      worst: 0.3,
      best: 0,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'reopen-rate',
      dimension: 'burden',
      name: { zh: '诉求重启率', en: 'requests reopened' },
      measure: 'share',
      worst: 0.3,
      best: 0,
      minimumBase: 5,
      weight: 1,
    }),
    indicator({
      id: 'substantiated-reports',
      dimension: 'integrity',
      name: { zh: '每千户企业查实举报', en: 'substantiated reports per thousand enterprises' },
      measure: 'per-thousand',
      worst: 5,
      best: 0,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'filing-compliance',
      dimension: 'integrity',
      name: { zh: '政商交往报备按时报告率', en: 'interaction filings reported on time' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'recusal-rate',
      dimension: 'integrity',
      name: { zh: '利益冲突回避落实率', en: 'declared conflicts followed by recusal' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'policies-explained',
      dimension: 'transparency',
      name: { zh: '政策精准推送附理由率', en: 'policies pushed with explanations' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 1,
      weight: 1,
    }),
    indicator({
      id: 'boards-on-time',
      dimension: 'transparency',
      name: { zh: '红黑榜按时发布率', en: 'red/black boards published on time' },
      measure: 'share',
      worst: 0,
      best: 1,
      minimumBase: 1,
      weight: 1,
    }),
  ],
  dimensionWeights: { care: 1, service: 1, burden: 1, integrity: 1, transparency: 1 },
  aspectWeights: { closeness: 1, cleanness: 1 },
  counting: { repeatRequestWindowDays: 90, boardPublicationDays: 30 },
};

export const HEALTH_INDEX_METHODOLOGIES: Readonly<Record<string, HealthIndexMethodology>> = {
  [HEALTH_INDEX_METHODOLOGY_2026_1.version]: HEALTH_INDEX_METHODOLOGY_2026_1,
};

export const CURRENT_HEALTH_INDEX_METHODOLOGY = HEALTH_INDEX_METHODOLOGY_2026_1;
