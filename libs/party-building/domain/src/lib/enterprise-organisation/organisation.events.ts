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
 * The counts call for an organisation the enterprise does not have (支部工作条例 第四条; Hengkou 五(十二)): party-
 * building staff have `workingDays` working days, to `dueOn`, to see it set up.
 */
export type OrganisationAlertRaised = DomainEvent<
  'OrganisationAlertRaised',
  {
    readonly creditCode: string;
    readonly requiredForm: RequiredForm;
    readonly raisedOn: string;
    readonly workingDays: number;
    readonly dueOn: string;
  }
>;

/** The alert's deadline passed with the organisation still not in place: it goes up a level, once. */
export type OrganisationAlertEscalated = DomainEvent<
  'OrganisationAlertEscalated',
  { readonly creditCode: string; readonly dueOn: string; readonly escalatedOn: string }
>;

/** The organisation is in place (or the counts no longer require one): the alert is over. */
export type OrganisationAlertResolved = DomainEvent<
  'OrganisationAlertResolved',
  { readonly creditCode: string; readonly raisedOn: string; readonly resolvedOn: string }
>;

/** A committee's (or secretary's) term ends in `monthsBefore` months: the election is to be prepared. */
export type TermReminderDue = DomainEvent<
  'TermReminderDue',
  {
    readonly creditCode: string;
    readonly termEndsOn: string;
    readonly monthsBefore: 6 | 3;
    readonly remindedOn: string;
  }
>;

/**
 * Every event of an enterprise's organisation stream. Private to party building: the integration mapper
 * decides what others learn (counts, forms, coverage — never a person).
 */
export type OrganisationEvent =
  | OrganisationRecorded
  | OrganisationAlertRaised
  | OrganisationAlertEscalated
  | OrganisationAlertResolved
  | TermReminderDue;
