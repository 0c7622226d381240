import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of the walk-in queue (取号叫号) of a 亲清家园 centre, each with its source (docs/service-centre.md,
 * "Walk-in queue", traces them). A refusal names its rule and source in both languages.
 */
export const QUEUE_RULES = {
  'queue-setup': {
    name: {
      zh: '服务中心的服务事项和窗口由其管理人员设置',
      en: 'a centre’s services and counters are set by the people who manage it',
    },
    source: {
      zh: 'GB/T 32169.3-2015《政务服务中心运行规范 第3部分：窗口服务提供要求》；本平台设置',
      en: 'GB/T 32169.3-2015 (government service centres, part 3: counter service); a platform setting',
    },
  },
  'ticket-numbering': {
    name: {
      zh: '号码按服务中心、服务事项、日期连续编号，不重不漏',
      en: 'tickets are numbered per centre, service and day, without gaps or repeats',
    },
    source: { zh: '本平台规则（叫号公平可查）', en: 'platform rule (a fair, traceable queue)' },
  },
  'call-order': {
    name: {
      zh: '老年人和预约取号优先叫号，但普通号被越过不超过3次',
      en: 'the elderly and appointments are called first, but no ticket is passed over more than three times',
    },
    source: {
      zh: '国办发〔2020〕45号（老年人优先、保留线下窗口）；越过上限为本平台规则',
      en: 'State Council General Office 〔2020〕45 (priority for the elderly); the bound is a platform rule',
    },
  },
  'one-visitor-per-counter': {
    name: {
      zh: '一个窗口同一时间只接待一位办事人',
      en: 'a counter serves one visitor at a time',
    },
    source: { zh: 'GB/T 32169.3-2015', en: 'GB/T 32169.3-2015' },
  },
  'visit-outcomes': {
    name: {
      zh: '每次办事登记其产生的诉求、异议、修复申请或登记',
      en: 'each visit records what it produced: a request, an objection, a repair application, a registration',
    },
    source: { zh: '本平台规则（服务成效可查）', en: 'platform rule (what each visit achieved)' },
  },
  'rating-once': {
    name: {
      zh: '办事人凭号票在本服务中心评价一次（五级）',
      en: 'the visitor rates once, by ticket, on five levels, at the centre of the visit',
    },
    source: {
      zh: '《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）',
      en: 'State Council General Office 〔2019〕51 (“good or bad” ratings of government services)',
    },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type QueueRule = keyof typeof QUEUE_RULES;

export const queueRuleError = ruleErrorOf<QueueRule>(QUEUE_RULES);
