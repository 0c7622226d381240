import {
  type DomainError,
  domainError,
  type LocalizedMessage,
  type RuleReference,
} from '@qinqing/shared/domain-kernel';
import { type IndustryCode, type IndustryCodeError, parseIndustryCode } from './industry-code';

/**
 * 《统计上大中小微型企业划分办法（2017）》(国家统计局 国统字〔2017〕213号), its 附表 and notes: the size class
 * of an enterprise from its industry group and indicators. See docs/liaison.md "Enterprise directory".
 */
export const SIZE_CLASS_RULE = {
  name: { zh: '统计上大中小微型企业划分办法（2017）', en: 'NBS rule on enterprise size classes (2017)' },
  source: {
    zh: '国统字〔2017〕213号 附表及说明',
    en: 'National Bureau of Statistics 2017 No. 213, table and notes',
  },
} as const satisfies { readonly name: LocalizedMessage; readonly source: LocalizedMessage };

export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** 从业人员 X (persons), 营业收入 Y (万元), 资产总额 Z (万元). */
export const SIZE_INDICATORS = ['employees', 'revenue', 'assets'] as const;
export type SizeIndicator = (typeof SIZE_INDICATORS)[number];

export const SIZE_INDICATOR_NAMES: Readonly<Record<SizeIndicator, LocalizedMessage>> = {
  employees: { zh: '从业人员（人）', en: 'employees (persons)' },
  revenue: { zh: '营业收入（万元）', en: 'operating revenue (10,000 yuan)' },
  assets: { zh: '资产总额（万元）', en: 'total assets (10,000 yuan)' },
};

/** Lower bounds of large, medium and small; below the small bound is micro. */
export interface Bounds {
  readonly large: number;
  readonly medium: number;
  readonly small: number;
}

export interface IndustryGroup {
  readonly name: LocalizedMessage;
  /** What the group covers in GB/T 4754-2017, as the document's notes say. */
  readonly covers: string;
  readonly indicators: Partial<Readonly<Record<SizeIndicator, Bounds>>>;
}

const b = (large: number, medium: number, small: number): Bounds => ({ large, medium, small });

/** The 附表 of the 2017 document, row by row; keys are stable (clients and events carry them). */
export const INDUSTRY_GROUPS = {
  agriculture: {
    name: { zh: '农、林、牧、渔业', en: 'agriculture, forestry, animal husbandry and fishery' },
    covers: 'A (01–05)',
    indicators: { revenue: b(20000, 500, 50) },
  },
  industry: {
    name: { zh: '工业', en: 'industry' },
    covers: 'B 采矿业, C 制造业, D 电力、热力、燃气及水生产和供应业 (06–46)',
    indicators: { employees: b(1000, 300, 20), revenue: b(40000, 2000, 300) },
  },
  construction: {
    name: { zh: '建筑业', en: 'construction' },
    covers: 'E (47–50)',
    indicators: { revenue: b(80000, 6000, 300), assets: b(80000, 5000, 300) },
  },
  wholesale: {
    name: { zh: '批发业', en: 'wholesale' },
    covers: 'F51',
    indicators: { employees: b(200, 20, 5), revenue: b(40000, 5000, 1000) },
  },
  retail: {
    name: { zh: '零售业', en: 'retail' },
    covers: 'F52',
    indicators: { employees: b(300, 50, 10), revenue: b(20000, 500, 100) },
  },
  transport: {
    name: { zh: '交通运输业', en: 'transport' },
    covers: 'G54–58 and G591 装卸搬运; not G53 铁路运输业',
    indicators: { employees: b(1000, 300, 20), revenue: b(30000, 3000, 200) },
  },
  warehousing: {
    name: { zh: '仓储业', en: 'warehousing' },
    covers: 'G592–G599 (通用、低温、危险品、农产品、中药材和其他仓储)',
    indicators: { employees: b(200, 100, 20), revenue: b(30000, 1000, 100) },
  },
  postal: {
    name: { zh: '邮政业', en: 'postal services' },
    covers: 'G60',
    indicators: { employees: b(1000, 300, 20), revenue: b(30000, 2000, 100) },
  },
  accommodation: {
    name: { zh: '住宿业', en: 'accommodation' },
    covers: 'H61',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 2000, 100) },
  },
  catering: {
    name: { zh: '餐饮业', en: 'catering' },
    covers: 'H62',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 2000, 100) },
  },
  'information-transmission': {
    name: { zh: '信息传输业', en: 'information transmission' },
    covers: 'I63 电信、广播电视和卫星传输服务, I64 互联网和相关服务',
    indicators: { employees: b(2000, 100, 10), revenue: b(100000, 1000, 100) },
  },
  'software-it': {
    name: { zh: '软件和信息技术服务业', en: 'software and information technology services' },
    covers: 'I65',
    indicators: { employees: b(300, 100, 10), revenue: b(10000, 1000, 50) },
  },
  'real-estate-development': {
    name: { zh: '房地产开发经营', en: 'real-estate development' },
    covers: 'K701',
    indicators: { revenue: b(200000, 1000, 100), assets: b(10000, 5000, 2000) },
  },
  'property-management': {
    name: { zh: '物业管理', en: 'property management' },
    covers: 'K702',
    indicators: { employees: b(1000, 300, 100), revenue: b(5000, 1000, 500) },
  },
  'leasing-business': {
    name: { zh: '租赁和商务服务业', en: 'leasing and business services' },
    covers: 'L (71–72)',
    indicators: { employees: b(300, 100, 10), assets: b(120000, 8000, 100) },
  },
  other: {
    name: { zh: '其他未列明行业', en: 'other industries not listed' },
    covers:
      'M 科学研究和技术服务业, N 水利、环境和公共设施管理业, O 居民服务、修理和其他服务业, P 教育, Q 卫生和社会工作, R 文化、体育和娱乐业, K703 房地产中介服务, K709 其他房地产业',
    indicators: { employees: b(300, 100, 10) },
  },
} as const satisfies Record<string, IndustryGroup>;

export type IndustryGroupKey = keyof typeof INDUSTRY_GROUPS;
export const INDUSTRY_GROUP_KEYS = Object.keys(INDUSTRY_GROUPS) as readonly IndustryGroupKey[];

export type SizeClassErrorCode =
  | 'unknown-industry-code'
  | 'industry-code-too-coarse'
  | 'industry-not-classified'
  | 'size-indicator-missing'
  | 'size-indicator-invalid';

export type SizeClassError = DomainError<SizeClassErrorCode>;

const ruleReference: RuleReference = { rule: 'enterprise-size-class', source: SIZE_CLASS_RULE.source.zh };

const underSizeRule = <E extends DomainError>(error: E): E => ({
  ...error,
  message: {
    zh: `${error.message.zh}（规则：${SIZE_CLASS_RULE.name.zh}；依据：${SIZE_CLASS_RULE.source.zh}）`,
    en: `${error.message.en} (rule: ${SIZE_CLASS_RULE.name.en}; source: ${SIZE_CLASS_RULE.source.en})`,
  },
  rule: ruleReference,
});

const tooCoarse = (code: string, finer: string): SizeClassError =>
  underSizeRule(
    domainError(
      'validation',
      'industry-code-too-coarse',
      {
        zh: `行业代码“${code}”跨越不同的划型行业，请给出更细的代码（${finer}）`,
        en: `Industry code "${code}" spans several size-class industry groups; give a finer code (${finer})`,
      },
      'industry',
    ),
  );

const notClassified = (code: string, why: LocalizedMessage): SizeClassError =>
  underSizeRule(
    domainError(
      'validation',
      'industry-not-classified',
      {
        zh: `行业代码“${code}”不在划分办法的范围内：${why.zh}`,
        en: `Industry code "${code}" is outside the rule's scope: ${why.en}`,
      },
      'industry',
    ),
  );

const missingIndicator = (group: IndustryGroupKey, indicator: SizeIndicator): SizeClassError =>
  underSizeRule(
    domainError(
      'validation',
      'size-indicator-missing',
      {
        zh: `${INDUSTRY_GROUPS[group].name.zh}按${SIZE_INDICATOR_NAMES[indicator].zh}划型，缺少该指标（${indicator}）`,
        en: `${INDUSTRY_GROUPS[group].name.en} is classed by ${SIZE_INDICATOR_NAMES[indicator].en}; ${indicator} is missing`,
      },
      indicator,
    ),
  );

const invalidIndicator = (indicator: SizeIndicator): SizeClassError =>
  domainError(
    'validation',
    'size-indicator-invalid',
    {
      zh: `${SIZE_INDICATOR_NAMES[indicator].zh}须为不小于0的数${indicator === 'employees' ? '（整数）' : ''}`,
      en: `${SIZE_INDICATOR_NAMES[indicator].en} must be a number not below 0${indicator === 'employees' ? ' (a whole number)' : ''}`,
    },
    indicator,
  );

const railway: LocalizedMessage = {
  zh: '交通运输业不包括铁路运输业（G53）',
  en: 'transport excludes railway transport (G53)',
};
const finance: LocalizedMessage = {
  zh: '金融业（J）另按《金融业企业划型标准规定》划型',
  en: 'finance (J) is classed by its own rule (金融业企业划型标准规定)',
};
const ownProperty: LocalizedMessage = {
  zh: '其他未列明行业不包括自有房地产经营活动（K704 房地产租赁经营）',
  en: 'other industries exclude renting one’s own property (K704)',
};
const notEnterprise: LocalizedMessage = {
  zh: '公共管理、社会保障和社会组织（S）及国际组织（T）不是企业',
  en: 'public administration (S) and international organisations (T) are not enterprises',
};

/** The industry group of a GB/T 4754-2017 code, by the notes of the 2017 document. */
export const industryGroupOf = (
  code: IndustryCode,
):
  | { readonly ok: true; readonly group: IndustryGroupKey }
  | { readonly ok: false; readonly error: SizeClassError } => {
  const ok = (group: IndustryGroupKey) => ({ ok: true as const, group });
  const fail = (error: SizeClassError) => ({ ok: false as const, error });
  const division = code.division === null ? null : Number(code.division);
  switch (code.section) {
    case 'A':
      return ok('agriculture');
    case 'B':
    case 'C':
    case 'D':
      return ok('industry');
    case 'E':
      return ok('construction');
    case 'F':
      if (division === null) return fail(tooCoarse(code.code, 'F51 批发业 / F52 零售业'));
      return ok(division === 51 ? 'wholesale' : 'retail');
    case 'G':
      if (division === null) return fail(tooCoarse(code.code, 'G54–G60'));
      if (division === 53) return fail(notClassified(code.code, railway));
      if (division === 60) return ok('postal');
      if (division === 59) {
        if (code.group === null) return fail(tooCoarse(code.code, 'G591 装卸搬运 / G592–G599 仓储'));
        return ok(code.group === '591' ? 'transport' : 'warehousing');
      }
      return ok('transport');
    case 'H':
      if (division === null) return fail(tooCoarse(code.code, 'H61 住宿业 / H62 餐饮业'));
      return ok(division === 61 ? 'accommodation' : 'catering');
    case 'I':
      if (division === null) return fail(tooCoarse(code.code, 'I63–I64 信息传输 / I65 软件和信息技术服务'));
      return ok(division === 65 ? 'software-it' : 'information-transmission');
    case 'J':
      return fail(notClassified(code.code, finance));
    case 'K':
      switch (code.group) {
        case '701':
          return ok('real-estate-development');
        case '702':
          return ok('property-management');
        case '703':
        case '709':
          return ok('other');
        case '704':
          return fail(notClassified(code.code, ownProperty));
        default:
          return fail(tooCoarse(code.code, 'K701 房地产开发经营 / K702 物业管理 / K703、K709'));
      }
    case 'L':
      return ok('leasing-business');
    case 'S':
    case 'T':
      return fail(notClassified(code.code, notEnterprise));
    default:
      // M, N, O, P, Q, R: 其他未列明行业.
      return ok('other');
  }
};

export type SizeIndicators = Partial<Readonly<Record<SizeIndicator, number>>>;

export interface SizeClassResult {
  readonly size: SizeClass;
  readonly industryGroup: IndustryGroupKey;
}

/**
 * The size class of a group's indicators: the highest of large, medium and small whose every lower bound is
 * met (missing one drops a step), else micro (one indicator below the small bound suffices).
 */
export const sizeClassOfGroup = (
  group: IndustryGroupKey,
  indicators: Readonly<Record<SizeIndicator, number>>,
): SizeClass => {
  const bounds = Object.entries(INDUSTRY_GROUPS[group].indicators) as [SizeIndicator, Bounds][];
  for (const size of ['large', 'medium', 'small'] as const)
    if (bounds.every(([indicator, bound]) => indicators[indicator] >= bound[size])) return size;
  return 'micro';
};

/** The indicators a group is classed by, in the document's order. */
export const indicatorsOf = (group: IndustryGroupKey): readonly SizeIndicator[] =>
  SIZE_INDICATORS.filter((indicator) => indicator in INDUSTRY_GROUPS[group].indicators);

/** Classifies an enterprise: its GB/T 4754-2017 code and the indicators its group needs (others are ignored). */
export const classifySize = (
  industry: string,
  indicators: SizeIndicators,
):
  | ({ readonly ok: true } & SizeClassResult)
  | { readonly ok: false; readonly error: SizeClassError | IndustryCodeError } => {
  const parsed = parseIndustryCode(industry);
  if (!parsed.ok) return parsed;
  const grouped = industryGroupOf(parsed.value);
  if (!grouped.ok) return grouped;
  const values = { employees: 0, revenue: 0, assets: 0 };
  for (const indicator of indicatorsOf(grouped.group)) {
    const value = indicators[indicator];
    if (value === undefined) return { ok: false, error: missingIndicator(grouped.group, indicator) };
    if (!Number.isFinite(value) || value < 0 || (indicator === 'employees' && !Number.isInteger(value)))
      return { ok: false, error: invalidIndicator(indicator) };
    values[indicator] = value;
  }
  return { ok: true, size: sizeClassOfGroup(grouped.group, values), industryGroup: grouped.group };
};
