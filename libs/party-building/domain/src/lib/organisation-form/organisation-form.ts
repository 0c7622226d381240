import type { DomainError } from '@qinqing/shared/domain-kernel';
import { partyBuildingRuleError } from '../party-building-rules';

/** What the full-member count requires (《支部工作条例》): nothing, a branch, or a branch with a committee. */
export type RequiredForm = 'none' | 'branch' | 'branch-committee';

/** Forms the counts also allow, in this order (the public endpoint's `mayAlsoForm`). */
export type OptionalForm = 'joint-branch' | 'general-branch' | 'primary-committee';

export interface MemberCounts {
  /** 正式党员 */
  readonly fullMembers: number;
  /** 预备党员 */
  readonly probationaryMembers: number;
}

export interface OrganisationForm {
  /** A branch must exist: three or more full members. */
  readonly required: boolean;
  readonly form: RequiredForm;
  readonly mayAlsoForm: readonly OptionalForm[];
}

/** Full members from which a branch must be set up, and from which it has a committee. */
export const BRANCH_MIN_FULL_MEMBERS = 3;
export const COMMITTEE_MIN_FULL_MEMBERS = 7;
/** More than this many members (full + probationary) may form a general branch, with approval. */
export const GENERAL_BRANCH_ABOVE_MEMBERS = 50;
/** This many members or more may form a primary committee, with approval. */
export const PRIMARY_COMMITTEE_MIN_MEMBERS = 100;

/** The largest count the calculator takes (an enterprise of a million party members does not exist). */
export const MEMBER_COUNT_MAX = 1_000_000;

/**
 * The organisation the counts call for. Only full members count for the branch and its committee (they alone
 * vote); the total counts for the optional larger forms. Pure and total over counts ≥ 0.
 */
export const organisationFormFor = ({ fullMembers, probationaryMembers }: MemberCounts): OrganisationForm => {
  const members = fullMembers + probationaryMembers;
  const form: RequiredForm =
    fullMembers >= COMMITTEE_MIN_FULL_MEMBERS
      ? 'branch-committee'
      : fullMembers >= BRANCH_MIN_FULL_MEMBERS
        ? 'branch'
        : 'none';
  const mayAlsoForm: OptionalForm[] = [];
  if (members >= 1 && fullMembers < BRANCH_MIN_FULL_MEMBERS) mayAlsoForm.push('joint-branch');
  if (members > GENERAL_BRANCH_ABOVE_MEMBERS) mayAlsoForm.push('general-branch');
  if (members >= PRIMARY_COMMITTEE_MIN_MEMBERS) mayAlsoForm.push('primary-committee');
  return { required: form !== 'none', form, mayAlsoForm };
};

const COUNT_FIELD_NAMES = {
  fullMembers: { zh: '正式党员人数', en: 'number of full members' },
  probationaryMembers: { zh: '预备党员人数', en: 'number of probationary members' },
} as const;

export type CountField = keyof typeof COUNT_FIELD_NAMES;

/**
 * A count as typed (a query parameter, a form field): a whole number from 0 to MEMBER_COUNT_MAX written in
 * digits, or a refusal naming the field.
 */
export const parseMemberCount = (
  field: CountField,
  value: string | number,
):
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly error: DomainError<'invalid-member-count'> } => {
  const text = String(value).trim();
  const count = /^\d{1,7}$/u.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(count) && count <= MEMBER_COUNT_MAX) return { ok: true, count };
  const name = COUNT_FIELD_NAMES[field];
  return {
    ok: false,
    error: partyBuildingRuleError(
      'validation',
      'invalid-member-count',
      'member-counts',
      {
        zh: `${name.zh}须为0至${MEMBER_COUNT_MAX}的整数，收到“${text}”`,
        en: `The ${name.en} must be a whole number from 0 to ${MEMBER_COUNT_MAX}; got “${text}”`,
      },
      { field },
    ),
  };
};

/** The public calculator: both counts parsed, then the form; the first bad count is the refusal. */
export const organisationForm = (
  fullMembers: string | number,
  probationaryMembers: string | number,
):
  | { readonly ok: true; readonly form: OrganisationForm }
  | { readonly ok: false; readonly error: DomainError } => {
  const full = parseMemberCount('fullMembers', fullMembers);
  if (!full.ok) return full;
  const probationary = parseMemberCount('probationaryMembers', probationaryMembers);
  if (!probationary.ok) return probationary;
  return {
    ok: true,
    form: organisationFormFor({ fullMembers: full.count, probationaryMembers: probationary.count }),
  };
};
