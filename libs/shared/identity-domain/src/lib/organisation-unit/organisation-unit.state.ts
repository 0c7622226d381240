import type { LocalizedName } from '../roles/role';
import type { OrganisationUnitEvent, OrganisationUnitKind } from './organisation-unit.events';

export type OrganisationUnitState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'created';
      readonly unitId: string;
      readonly kind: OrganisationUnitKind;
      readonly name: LocalizedName;
    };

export const initialOrganisationUnitState = (): OrganisationUnitState => ({ status: 'absent' });

export const evolveOrganisationUnit = (
  state: OrganisationUnitState,
  event: OrganisationUnitEvent,
): OrganisationUnitState => {
  switch (event.type) {
    case 'OrganisationUnitCreated':
      return { status: 'created', unitId: event.data.unitId, kind: event.data.kind, name: event.data.name };
    case 'OrganisationUnitRenamed':
      return state.status === 'created' ? { ...state, name: event.data.name } : state;
  }
};
