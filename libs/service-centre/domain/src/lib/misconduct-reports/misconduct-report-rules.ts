import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of misconduct reports (廉情监督, 信访举报), each with its source (docs/service-centre.md, "Misconduct
 * reports"). A refusal names the rule, the setting that decided it when configurable, and the source.
 */
export const MISCONDUCT_REPORT_RULES = {
  'report-content': {
    name: {
      zh: '检举控告应当有明确的被反映人和具体的问题线索',
      en: 'a report names whom it is about and what happened',
    },
    source: {
      zh: '《纪检监察机关处理检举控告工作规则》第十一条、第十二条；晋江 五(四)',
      en: 'Rules on Handling Reports and Accusations art. 11–12; Jinjiang 5(4)',
    },
  },
  'head-escalation': {
    name: {
      zh: '反映本机关主要负责人的检举控告，应当在5个工作日内报送上一级纪检监察机关',
      en: 'a report about the head of the receiving body goes one level up within 5 working days',
    },
    source: {
      zh: '《纪检监察机关处理检举控告工作规则》第十五条',
      en: 'Rules on Handling Reports and Accusations art. 15',
    },
  },
  'report-lifecycle': {
    name: {
      zh: '办结的举报不再受理补充材料或答复',
      en: 'a concluded report takes no further information or answers',
    },
    source: {
      zh: '《纪检监察机关处理检举控告工作规则》第三十五条（办结）',
      en: 'Rules on Handling Reports and Accusations art. 35 (conclusion)',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type MisconductReportRule = keyof typeof MISCONDUCT_REPORT_RULES;

export const misconductReportRuleError = ruleErrorOf<MisconductReportRule>(MISCONDUCT_REPORT_RULES);

/**
 * What a report is about: the three kinds DOMAIN.md §5 names (官商勾结, 为官不为, 吃拿卡要), a breach of an item of
 * the negative lists liaison keeps (its catalogue codes, e.g. `K.5.5.3` — liaison owns the list, this context
 * never copies it), or something else.
 */
export const REPORT_CATEGORIES = ['collusion', 'inaction', 'extortion', 'negative-list', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_CATEGORY_LABELS: Readonly<Record<ReportCategory, LocalizedMessage>> = {
  collusion: { zh: '官商勾结', en: 'collusion with business' },
  inaction: { zh: '为官不为', en: 'inaction in office' },
  extortion: { zh: '吃拿卡要', en: 'demanding favours' },
  'negative-list': { zh: '违反负面清单', en: 'breach of a negative-list item' },
  other: { zh: '其他违纪违规', en: 'other misconduct' },
};

/** The shape of a liaison negative-list item code (`<list code>.<item number>`, e.g. `K.5.5.3`, `H.3.5.10`). */
export const NEGATIVE_LIST_ITEM_CODE = /^[A-Z]{1,3}(\.\d{1,3}){1,4}$/u;

/** How a report ended (办结): the findings the discipline body records. */
export const REPORT_OUTCOMES = [
  'substantiated',
  'partly-substantiated',
  'unsubstantiated',
  'transferred',
] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** 工作规则 第十五条: five working days; a deployment setting (SERVICE_CENTRE_REPORT_ESCALATION_WORKING_DAYS). */
export const DEFAULT_ESCALATION_WORKING_DAYS = 5;

export const REPORT_TEXT_LIMITS = {
  accusedName: 40,
  accusedPosition: 60,
  description: 4000,
  supplement: 4000,
  answer: 2000,
  reporterName: 40,
  body: 100,
} as const;
