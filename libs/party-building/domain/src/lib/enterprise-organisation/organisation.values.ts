import type { LocalizedMessage } from '@qinqing/shared/domain-kernel';

/**
 * What party organisation an enterprise has (支部工作条例; Hengkou 五(十二)): none yet, membership of a joint
 * branch with neighbouring units, its own branch (a secretary), a branch with a committee, a general branch,
 * or a primary committee.
 */
export const ORGANISATION_TYPES = [
  'none',
  'joint-branch',
  'branch',
  'branch-committee',
  'general-branch',
  'primary-committee',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_NAMES: Readonly<Record<OrganisationType, LocalizedMessage>> = {
  none: { zh: '未建立党组织', en: 'no party organisation' },
  'joint-branch': { zh: '联合党支部（与邻近单位联建）', en: 'member of a joint branch' },
  branch: { zh: '党支部（设书记）', en: 'branch (with a secretary)' },
  'branch-committee': { zh: '党支部（设支部委员会）', en: 'branch with a committee' },
  'general-branch': { zh: '党总支', en: 'general branch' },
  'primary-committee': { zh: '基层党委', en: 'primary committee' },
};

export const isOrganisationType = (value: string): value is OrganisationType =>
  (ORGANISATION_TYPES as readonly string[]).includes(value);

/** Types that are the enterprise's own organisation, with a founding date, a secretary and a term. */
export const OWN_ORGANISATION_TYPES: readonly OrganisationType[] = [
  'branch',
  'branch-committee',
  'general-branch',
  'primary-committee',
];

/**
 * Term lengths in years by kind of organisation, a deployment setting (the decider takes it as an input; the
 * event keeps the years it used). 《中国共产党章程》第三十一条: primary committees, general branches and
 * branches serve three to five years; the defaults follow 支部工作条例 第六章 (a branch, with or without a
 * committee, three years outside villages and communities) and 基层组织选举工作条例 (a primary committee five).
 */
export interface TermYearsSetting {
  /** A branch, with a secretary or a committee. */
  readonly branch: number;
  readonly generalBranch: number;
  readonly primaryCommittee: number;
}

export const DEFAULT_TERM_YEARS: TermYearsSetting = { branch: 3, generalBranch: 3, primaryCommittee: 5 };

/** The term lengths the Party Constitution allows (art. 31): from three to five years. */
export const TERM_YEARS_RANGE = { min: 3, max: 5 } as const;

/** The term in years a type of organisation serves under the setting; null for none or a joint branch. */
export const termYearsOf = (type: OrganisationType, setting: TermYearsSetting): number | null => {
  switch (type) {
    case 'branch':
    case 'branch-committee':
      return setting.branch;
    case 'general-branch':
      return setting.generalBranch;
    case 'primary-committee':
      return setting.primaryCommittee;
    default:
      return null;
  }
};

/** How far a type goes, to compare it with what the counts require. */
export const ORGANISATION_RANK: Readonly<Record<OrganisationType, number>> = {
  none: 0,
  'joint-branch': 1,
  branch: 2,
  'branch-committee': 3,
  'general-branch': 4,
  'primary-committee': 5,
};

export const ORGANISATION_TEXT_LIMITS = {
  enterpriseName: 100,
  superiorOrganisation: 100,
  secretary: 40,
  instructor: 40,
} as const;

export type OrganisationTextField = keyof typeof ORGANISATION_TEXT_LIMITS;

export const ORGANISATION_FIELD_NAMES: Readonly<Record<OrganisationTextField, LocalizedMessage>> = {
  enterpriseName: { zh: '企业名称', en: 'enterprise name' },
  superiorOrganisation: { zh: '上级党组织', en: 'superior organisation' },
  secretary: { zh: '书记', en: 'secretary' },
  instructor: { zh: '党建指导员', en: 'party-building instructor' },
};
