import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import {
  type OrganisationUnitKind,
  type OrganisationUnitState,
  organisationUnitDecider,
  organisationUnitStreamId,
} from '@qinqing/identity/domain';
import { EVENT_STORE } from '@qinqing/shared/nest-platform';
import { loadState } from './streams/load-state';

/**
 * Whether an organisation unit exists with the expected kind, read from its stream: an administrator
 * who has just created a department can assign a handler to it in the next breath.
 */
@Injectable()
export class OrganisationUnitLookup {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async exists(unitId: string, kind: OrganisationUnitKind): Promise<boolean> {
    const state: OrganisationUnitState = await loadState(
      this.store,
      organisationUnitDecider,
      organisationUnitStreamId(unitId),
    );
    return state.status === 'created' && state.kind === kind;
  }
}
