import { Inject, type OnModuleInit, type Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import {
  applyOrganisationUnitChange,
  setupOrganisationUnitsTable,
} from '../projections/organisation-units/organisation-units.projection';
import { OrganisationUnitCreatedV1, OrganisationUnitRenamedV1 } from './identity-events';

/**
 * A service's own copy of the organisation-unit catalogue, kept from identity's public events: the same
 * table the identity projection fills in the one-process app, so code that reads it (routing checks, unit
 * names) runs unchanged in either mode. Each handler takes one event type, checked against its contract
 * first (malformed data is retried, then dead-lettered); other types on the topic are ignored. Named like
 * every consumer, `<consuming context>.organisation-units`: one class per consuming context, since the name
 * is its consumer group, inbox key and dead-letter topic.
 */
export const organisationUnitsReplica = (context: string): Type<OnModuleInit> => {
  @EventConsumer(`${context}.organisation-units`)
  class OrganisationUnitsReplica implements OnModuleInit {
    constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

    onModuleInit(): Promise<void> {
      return setupOrganisationUnitsTable(this.db);
    }

    @IntegrationEventPattern(OrganisationUnitCreatedV1)
    async created(
      @Payload() event: CloudEvent<IntegrationEventData<typeof OrganisationUnitCreatedV1>>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      await applyOrganisationUnitChange(delivery.getTransaction(), {
        type: 'OrganisationUnitCreated',
        data: event.data,
      });
    }

    @IntegrationEventPattern(OrganisationUnitRenamedV1)
    async renamed(
      @Payload() event: CloudEvent<IntegrationEventData<typeof OrganisationUnitRenamedV1>>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      await applyOrganisationUnitChange(delivery.getTransaction(), {
        type: 'OrganisationUnitRenamed',
        data: event.data,
      });
    }
  }
  return OrganisationUnitsReplica;
};
