import { ENTERPRISE_SIZES, type EnterpriseSize } from '../enterprise-size';
import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import { INDUSTRY_PREFIX_PATTERN, INDUSTRY_SECTIONS } from './industry-sections';

export const ENTERPRISE_TAGS = ['key-backbone', 'four-new', 'high-growth', 'in-difficulty'] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

/** Size classes under 国统字〔2017〕213号, as the directory carries them. */
export const SIZE_LABELS: Readonly<Record<EnterpriseSize, LocalizedMessage>> = {
  large: { zh: '大型', en: 'large' },
  medium: { zh: '中型', en: 'medium' },
  small: { zh: '小型', en: 'small' },
  micro: { zh: '微型', en: 'micro' },
};

/** The directory's tags (企业类别), as liaison's directory carries them. */
export const TAG_LABELS: Readonly<Record<EnterpriseTag, LocalizedMessage>> = {
  'key-backbone': { zh: '重点骨干企业', en: 'key backbone enterprise' },
  'four-new': { zh: '“四新”企业', en: '"four new" enterprise' },
  'high-growth': { zh: '高成长企业', en: 'high-growth enterprise' },
  'in-difficulty': { zh: '暂时困难企业', en: 'enterprise in temporary difficulty' },
};

/**
 * Who a policy is for, over the directory's fields. Each list is "any of"; an empty list does not restrict.
 * Industries are GB/T 4754-2017 prefixes (`C`, `C35`, `C3491`), areas GB/T 2260 codes (a province `330000`,
 * a city `330200`, a county `330203`, a town or street `330203102`). Credit status is not a choice: an
 * enterprise restricted from policy benefits is always excluded (policy-rules.ts, `policy-benefits-restricted`).
 */
export interface PolicyCriteria {
  readonly industries: readonly string[];
  readonly sizes: readonly EnterpriseSize[];
  readonly areas: readonly string[];
  readonly tags: readonly EnterpriseTag[];
}

/** What matching needs of a directory entry (企业名录): the register facts, never a contact. */
export interface DirectoryEntry {
  readonly creditCode: string;
  readonly name: string;
  readonly industry: string;
  readonly size: EnterpriseSize | null;
  readonly areaCode: string;
  readonly tags: readonly EnterpriseTag[];
}

/** The prefix an area code covers: `33` for a province, `3302` for a city, the whole code otherwise. */
export const areaPrefixOf = (code: string): string => {
  if (code.length === 6 && code.endsWith('0000')) return code.slice(0, 2);
  if (code.length === 6 && code.endsWith('00')) return code.slice(0, 4);
  return code;
};

const AREA_PATTERN = /^\d{6}(\d{3})?$/u;

/** A problem with criteria: the field (`criteria.industries.1`) and what is wrong, in both languages. */
export interface CriteriaProblem {
  readonly field: string;
  readonly message: LocalizedMessage;
}

const MAX_PER_LIST = 50;

/** The first problem with criteria, or null: codes well-formed, lists bounded, nothing named twice. */
export const criteriaProblem = (criteria: PolicyCriteria): CriteriaProblem | null => {
  const lists: readonly (readonly [string, readonly string[], (v: string) => boolean])[] = [
    ['industries', criteria.industries, (v: string) => INDUSTRY_PREFIX_PATTERN.test(v)],
    ['areas', criteria.areas, (v: string) => AREA_PATTERN.test(v)],
    ['sizes', criteria.sizes, (v: string) => (ENTERPRISE_SIZES as readonly string[]).includes(v)],
    ['tags', criteria.tags, (v: string) => (ENTERPRISE_TAGS as readonly string[]).includes(v)],
  ];
  for (const [name, values, valid] of lists) {
    if (values.length > MAX_PER_LIST)
      return {
        field: `criteria.${name}`,
        message: { zh: `最多${MAX_PER_LIST}项`, en: `at most ${MAX_PER_LIST} entries` },
      };
    for (const [index, value] of values.entries()) {
      if (!valid(value))
        return {
          field: `criteria.${name}.${index}`,
          message: { zh: `“${value}”不是有效的代码`, en: `"${value}" is not a valid code` },
        };
      if (values.indexOf(value) !== index)
        return {
          field: `criteria.${name}.${index}`,
          message: { zh: `“${value}”重复`, en: `"${value}" is named twice` },
        };
    }
  }
  return null;
};

/** One reason an entry matches: the criterion, the code it matched on, and how people read it. */
export interface MatchReason {
  readonly criterion: 'industry' | 'size' | 'area' | 'tag' | 'all';
  readonly code: string;
  readonly label: LocalizedMessage;
}

export interface MatchExplanation {
  readonly reasons: readonly MatchReason[];
  /** "制造业 C35 · 中型 · 海曙区 330203" and its English twin. */
  readonly text: LocalizedMessage;
}

/** Names an area code (DivisionDirectory in the service); null when the code is unknown. */
export type AreaNames = (code: string) => string | null;

const longestFirst = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

/**
 * Does the entry match the criteria, and why? The explanation names, per restricting criterion, the value it
 * matched (the most specific industry and area criterion that covers the entry); null when it does not match.
 * The service's SQL filter (policy-matching.sql.ts) selects exactly the entries this returns non-null for.
 */
export const explainMatch = (
  criteria: PolicyCriteria,
  entry: DirectoryEntry,
  areaNames: AreaNames,
): MatchExplanation | null => {
  const reasons: MatchReason[] = [];
  if (criteria.industries.length > 0) {
    const hit = [...criteria.industries].sort(longestFirst).find((p) => entry.industry.startsWith(p));
    if (hit === undefined) return null;
    const section = INDUSTRY_SECTIONS[hit.slice(0, 1)] ?? { zh: hit, en: hit };
    reasons.push({
      criterion: 'industry',
      code: hit,
      label: { zh: `${section.zh} ${hit}`, en: `${section.en} ${hit}` },
    });
  }
  if (criteria.sizes.length > 0) {
    if (entry.size === null || !criteria.sizes.includes(entry.size)) return null;
    reasons.push({ criterion: 'size', code: entry.size, label: SIZE_LABELS[entry.size] });
  }
  if (criteria.areas.length > 0) {
    const hit = [...criteria.areas]
      .sort((a, b) => longestFirst(areaPrefixOf(a), areaPrefixOf(b)))
      .find((code) => entry.areaCode.startsWith(areaPrefixOf(code)));
    if (hit === undefined) return null;
    const name = areaNames(hit) ?? hit;
    reasons.push({ criterion: 'area', code: hit, label: { zh: `${name} ${hit}`, en: `${name} ${hit}` } });
  }
  if (criteria.tags.length > 0) {
    const hit = criteria.tags.find((t) => entry.tags.includes(t));
    if (hit === undefined) return null;
    reasons.push({ criterion: 'tag', code: hit, label: TAG_LABELS[hit] });
  }
  if (reasons.length === 0)
    reasons.push({
      criterion: 'all',
      code: '*',
      label: { zh: '面向全部企业', en: 'open to every enterprise' },
    });
  return {
    reasons,
    text: {
      zh: reasons.map((r) => r.label.zh).join(' · '),
      en: reasons.map((r) => r.label.en).join(' · '),
    },
  };
};

/** A credit restriction on policy benefits, as the service centre's replica of credit's records holds it. */
export interface BenefitRestriction {
  readonly restrictionId: string;
  readonly documentNumber: string;
  readonly kind: string;
  readonly issuingAuthority: string;
  readonly endsOn: string;
}

/** Why a matching enterprise is left out: the restriction record by its document number, and the rule. */
export const exclusionReason = (restriction: BenefitRestriction): LocalizedMessage => ({
  zh: `因信用惩戒限制享受优惠政策：${restriction.issuingAuthority}${restriction.documentNumber}，至${restriction.endsOn}（失信主体限制享受优惠政策；依据：国发〔2016〕33号、国办发〔2020〕49号）`,
  en: `withheld under a credit restriction on policy benefits: ${restriction.documentNumber} by ${restriction.issuingAuthority}, until ${restriction.endsOn} (joint punishment; source: State Council 〔2016〕33, General Office 〔2020〕49)`,
});
