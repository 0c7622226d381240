import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { OptionalForm, RequiredForm } from '../organisation-form/organisation-form';
import type { OrganisationType } from './organisation.values';

/** An enterprise's party organisation as recorded: counts and roles, never members' identities. */
export interface OrganisationFacts {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly type: OrganisationType;
  /** Its own organisation's founding date; null for none or a joint branch. */
  readonly foundedOn: string | null;
  /** 上级党组织 (for a joint branch: the joint branch it belongs to); null for none. */
  readonly superiorOrganisation: string | null;
  /** The secretary, by name: its own organisation only. Shown to party-building staff and supervisors only. */
  readonly secretary: string | null;
  /** The party-building instructor (党建指导员) assigned to it, by name, if any. */
  readonly instructor: string | null;
  readonly termStartedOn: string | null;
  readonly termYears: number | null;
  /** The last day of the term (the start's date that many years on, or 28 February for a 29 February). */
  readonly termEndsOn: string | null;
  /** Where no party organisation is possible yet, a union and a youth league carry the work (恒口 五(十二)). */
  readonly union: boolean;
  readonly youthLeague: boolean;
}

/** What the counts call for at the time, and whether the organisation meets it. */
export interface OrganisationAssessment {
  readonly requiredForm: RequiredForm;
  readonly mayAlsoForm: readonly OptionalForm[];
  readonly inPlace: boolean;
}

/** The organisation was recorded, first or again: the whole of it as it now is. */
export type OrganisationRecorded = DomainEvent<
  'OrganisationRecorded',
  OrganisationFacts &
    OrganisationAssessment & {
      /** The staff member who recorded it (actor id). */
      readonly recordedBy: string;
      readonly recordedAt: string;
    }
>;

/**
 * Every event of an enterprise's organisation stream. Private to party building: the integration mapper
 * decides what others learn (counts, forms, coverage — never a person).
 */
export type OrganisationEvent = OrganisationRecorded;
