import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/*
 * 一处失信、处处受限 (Hengkou 五(十三)): what a restriction keeps an enterprise from. Each purpose is checked by
 * the context that acts on it, from its own replica of the restriction events: party building before an
 * honours recommendation, the service centre before a policy benefit, liaison before pairing an official with
 * a key enterprise, procurement before an award.
 */
export const RESTRICTION_PURPOSES = [
  'honours',
  'policy-benefits',
  'public-procurement',
  'key-enterprise-pairing',
] as const;
export type RestrictionPurpose = (typeof RESTRICTION_PURPOSES)[number];

export const RESTRICTION_PURPOSE_NAMES: Readonly<Record<RestrictionPurpose, LocalizedMessage>> = {
  honours: { zh: '政治荣誉、政治安排及评优评先', en: 'political honours, arrangements and awards' },
  'policy-benefits': { zh: '政策扶持、财政资金支持', en: 'policy benefits and public funding' },
  'public-procurement': { zh: '参加政府采购', en: 'public procurement' },
  'key-enterprise-pairing': {
    zh: '作为重点企业结对联系',
    en: 'pairing with a leading official as a key enterprise',
  },
};

export const isRestrictionPurpose = (value: string): value is RestrictionPurpose =>
  (RESTRICTION_PURPOSES as readonly string[]).includes(value);

/**
 * Why a restriction ends before its end date: the record was repaired (信用修复), withdrawn (撤销), or corrected
 * so that it no longer falls under a rule or restricts for another period (then a new restriction follows).
 */
export const LIFT_REASONS = ['repaired', 'record-withdrawn', 'record-corrected'] as const;
export type LiftReason = (typeof LIFT_REASONS)[number];

/** The reasons that close a record's restrictions for good: no later fact of the record restricts again. */
export type ClosingLiftReason = Exclude<LiftReason, 'record-corrected'>;
