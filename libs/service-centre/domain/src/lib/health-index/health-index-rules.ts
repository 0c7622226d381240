import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/** The rules of the 亲清健康指数, each with its source (docs/health-index.md traces them). */
export const HEALTH_INDEX_RULES = {
  'half-yearly': {
    name: {
      zh: '亲清健康指数每半年发布一次，半年度结束后发布',
      en: 'the index is published once every half year, after the half year has ended',
    },
    source: {
      zh: '宁波“1+3+1”制度：建立“亲清健康指数”并每半年发布1次',
      en: 'Ningbo "1+3+1" system: a 亲清健康指数 published every half year',
    },
  },
  'methodology-in-force': {
    name: {
      zh: '指数按其半年度适用的方法版本发布，且须有计入的数据',
      en: 'an index is published under the methodology in force for its half year, from what was counted',
    },
    source: {
      zh: '本平台方法说明 docs/health-index.md（方法版本及其起始半年度）',
      en: 'this platform’s methodology, docs/health-index.md (each version and the half year it starts with)',
    },
  },
  'immutable-snapshot': {
    name: {
      zh: '已发布的指数不再重算或修改',
      en: 'a published index is never recomputed or edited',
    },
    source: {
      zh: '本平台方法说明 docs/health-index.md（方法版本随快照发布）',
      en: 'this platform’s methodology, docs/health-index.md (the version is published with each snapshot)',
    },
  },
} as const satisfies Record<string, { name: LocalizedMessage; source: LocalizedMessage }>;

export type HealthIndexRule = keyof typeof HEALTH_INDEX_RULES;
