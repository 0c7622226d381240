import { type LocalizedMessage, ruleErrorOf } from '@qinqing/shared/domain-kernel';

/**
 * The rules of interaction filings, negative lists, recusal, symposia and fault tolerance, each with its source
 * (the seeds; docs/liaison.md). A refusal names the rule, the setting that decided it when configurable, and the
 * source — in the message people read and as `rule` for clients.
 */
export const INTEGRITY_RULES = {
  'negative-lists': {
    name: { zh: '政商交往负面清单', en: 'negative lists of business–government conduct' },
    source: {
      zh: '昆山 五(5)(6)、晋江 四、恒口 三(五)(六)(七)、宁波“六个杜绝”“七个不得”',
      en: 'Kunshan 5(5)(6), Jinjiang 4, Hengkou 3(5)(6)(7), Ningbo',
    },
  },
  'filing-approval': {
    name: {
      zh: '经批准方可参加企业、商会活动',
      en: 'attending enterprise or chamber activities needs approval',
    },
    source: {
      zh: '昆山 五(3)、青岛 四(十一)、恒口 三(五)、宁波“七个参加”',
      en: 'Kunshan 5(3), Qingdao 4(11), Hengkou 3(5), Ningbo',
    },
  },
  'filing-report': {
    name: { zh: '活动结束后限期报告', en: 'a report after the event, within a time limit' },
    source: { zh: '本平台设定（默认5个工作日）', en: 'platform setting (default 5 working days)' },
  },
  recusal: {
    name: { zh: '利益冲突事先报告、主动回避', en: 'conflicts of interest are declared and recused' },
    source: { zh: '晋江 四（末段）', en: 'Jinjiang 4, last paragraph' },
  },
  symposia: {
    name: { zh: '定期召开政企座谈会', en: 'regular symposia with enterprises and chambers' },
    source: { zh: '青岛 二(一) 每半年至少1次；恒口 二(一) 每年至少3次', en: 'Qingdao 2(1); Hengkou 2(1)' },
  },
  'fault-tolerance': {
    name: { zh: '容错纠错，“三个区分开来”', en: 'fault tolerance, the three distinctions' },
    source: { zh: '昆山 七、晋江 五(一)、青岛 四(十二)', en: 'Kunshan 7, Jinjiang 5(1), Qingdao 4(12)' },
  },
} as const satisfies Record<string, { readonly name: LocalizedMessage; readonly source: LocalizedMessage }>;

export type IntegrityRule = keyof typeof INTEGRITY_RULES;

/** A refusal that names its rule, the setting that decided it (if any) and the source, in both languages. */
export const ruleError = ruleErrorOf<IntegrityRule>(INTEGRITY_RULES);

/**
 * A jurisdiction is named by its 6-digit GB/T 2260 code (province, city or county: `370200` 青岛市); settings are
 * kept per code. Whose jurisdiction decides is the binding record's (an official's profile), never the request's.
 */
export const JURISDICTION_PATTERN = /^[1-9]\d{5}$/u;
