import type { LocalizedName } from '../roles/role';
import type { OrganisationUnitEvent, OrganisationUnitKind } from './organisation-unit.events';

export type OrganisationUnitState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'created';
      readonly unitId: string;
      readonly kind: OrganisationUnitKind;
      readonly name: LocalizedName;
      /** The public's number for the unit (a centre's hotline), '' when none was set. */
      readonly hotline: string;
    };

export const initialOrganisationUnitState = (): OrganisationUnitState => ({ status: 'absent' });

export const evolveOrganisationUnit = (
  state: OrganisationUnitState,
  event: OrganisationUnitEvent,
): OrganisationUnitState => {
  switch (event.type) {
    case 'OrganisationUnitCreated':
      return {
        status: 'created',
        unitId: event.data.unitId,
        kind: event.data.kind,
        name: event.data.name,
        hotline: '',
      };
    case 'OrganisationUnitRenamed':
      return state.status === 'created' ? { ...state, name: event.data.name } : state;
    case 'OrganisationUnitHotlineSet':
      return state.status === 'created' ? { ...state, hotline: event.data.hotline } : state;
  }
};
