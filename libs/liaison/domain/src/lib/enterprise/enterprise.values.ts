import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';
import type { IndustryGroupKey, SizeClass } from '../size-class/size-class';

/** Category tags of Qingdao 二(二): which enterprises leading officials liaise with first. */
export const ENTERPRISE_TAGS = ['key-backbone', 'four-new', 'high-growth', 'in-difficulty'] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

export const ENTERPRISE_TAG_NAMES: Readonly<Record<EnterpriseTag, LocalizedMessage>> = {
  'key-backbone': { zh: '重点骨干企业', en: 'key backbone enterprise' },
  'four-new': { zh: '“四新”企业（新技术、新产业、新业态、新模式）', en: '"four new" enterprise' },
  'high-growth': { zh: '高成长性企业', en: 'high-growth enterprise' },
  'in-difficulty': { zh: '暂时困难企业', en: 'enterprise in temporary difficulty' },
};

/** What the directory knows of an enterprise, besides its key (the credit code). */
export interface EnterpriseDetails {
  readonly name: string;
  /** GB/T 2260 code: 6 digits (county level), or 9 for a town or street. */
  readonly areaCode: string;
  /** GB/T 4754-2017 code, canonical (section letter first). */
  readonly industry: string;
  /** 从业人员 (persons); null when unknown. */
  readonly employees: number | null;
  /** 营业收入, 万元; null when unknown. */
  readonly revenue: number | null;
  /** 资产总额, 万元; null when unknown. */
  readonly assets: number | null;
  /** Chambers of commerce and industry associations it belongs to, by name. */
  readonly chambers: readonly string[];
  readonly tags: readonly EnterpriseTag[];
  /** Mainland mobile number of the contact; kept in this context only (never on the wire, masked for staff lists). */
  readonly contactPhone: string | null;
}

export const DETAIL_FIELDS = [
  'name',
  'areaCode',
  'industry',
  'employees',
  'revenue',
  'assets',
  'chambers',
  'tags',
  'contactPhone',
] as const satisfies readonly (keyof EnterpriseDetails)[];

export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The computed size class; null when the industry is outside the rule or an indicator it needs is unknown. */
export type EnterpriseSize = { readonly size: SizeClass; readonly industryGroup: IndustryGroupKey } | null;

export const ENTERPRISE_NAME_MAX = 200;
export const CHAMBERS_MAX = 20;
export const CHAMBER_NAME_MAX = 100;
