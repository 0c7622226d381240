import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { LocalizedName } from '../roles/role';

/**
 * What an organisation unit is: a 职能部门 (department) that answers requests, a 亲清家园 centre where
 * enterprises walk in, or another unit that receives requests (e.g. a business-environment office).
 */
export const ORGANISATION_UNIT_KINDS = ['department', 'centre', 'receiving-unit'] as const;

export type OrganisationUnitKind = (typeof ORGANISATION_UNIT_KINDS)[number];

export type OrganisationUnitCreated = DomainEvent<
  'OrganisationUnitCreated',
  {
    readonly unitId: string;
    readonly kind: OrganisationUnitKind;
    readonly name: LocalizedName;
    readonly createdBy: string;
  }
>;

export type OrganisationUnitRenamed = DomainEvent<
  'OrganisationUnitRenamed',
  { readonly unitId: string; readonly name: LocalizedName; readonly renamedBy: string }
>;

/** The number the public calls (a centre's service hotline, printed on kiosk receipts); empty removes it. */
export type OrganisationUnitHotlineSet = DomainEvent<
  'OrganisationUnitHotlineSet',
  { readonly unitId: string; readonly hotline: string; readonly setBy: string }
>;

export type OrganisationUnitEvent =
  OrganisationUnitCreated | OrganisationUnitRenamed | OrganisationUnitHotlineSet;

export const ORGANISATION_UNIT_EVENT_TYPES: readonly OrganisationUnitEvent['type'][] = [
  'OrganisationUnitCreated',
  'OrganisationUnitRenamed',
  'OrganisationUnitHotlineSet',
];
