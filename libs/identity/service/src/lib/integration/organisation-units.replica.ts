import type { CloudEvent } from '@qinqing/shared/contracts-kit';
import type { IntegrationEventConsumer, SqlExecutor } from '@qinqing/shared/event-sourcing';
import { applyOrganisationUnitChange } from '../projections/organisation-units/organisation-units.projection';
import { IDENTITY_TOPIC, OrganisationUnitCreatedV1, OrganisationUnitRenamedV1 } from './identity-events';

/**
 * A service's own copy of the organisation-unit catalogue, kept from identity's public events: the same
 * table the identity projection fills in the one-process app, so code that reads it (routing checks, unit
 * names) runs unchanged in either mode. Unknown event types are ignored; malformed data throws (the bus
 * retries, then dead-letters it). Named like every consumer, `<consuming context>.<what it keeps>`: its
 * consumer group, inbox records and dead-letter topic carry that name.
 */
export const organisationUnitsReplica = (context: string): IntegrationEventConsumer => ({
  name: `${context}.organisation-units`,
  topics: [IDENTITY_TOPIC],
  async handle(event: CloudEvent, tx: SqlExecutor): Promise<void> {
    switch (event.type) {
      case OrganisationUnitCreatedV1.type:
        await applyOrganisationUnitChange(tx, {
          type: 'OrganisationUnitCreated',
          data: OrganisationUnitCreatedV1.schema.parse(event.data),
        });
        return;
      case OrganisationUnitRenamedV1.type:
        await applyOrganisationUnitChange(tx, {
          type: 'OrganisationUnitRenamed',
          data: OrganisationUnitRenamedV1.schema.parse(event.data),
        });
        return;
      default:
        return;
    }
  },
});
