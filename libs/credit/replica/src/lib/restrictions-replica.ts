import { Inject, Injectable, type OnModuleInit, type Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  type CreditRestrictionPurpose,
  RestrictionImposedV1,
  RestrictionLiftedV1,
} from '@qinqing/credit/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import {
  keepImposed,
  keepLifted,
  type RestrictionInForce,
  restrictionInForce,
  restrictionsReplicaTable,
  setupRestrictionsReplica,
} from './restrictions-replica.table';

/** What a context asks of its replica before it acts (never a call to the credit service). */
export interface RestrictionsLookup {
  inForce(
    creditCode: string,
    purpose: CreditRestrictionPurpose,
    date: string,
  ): Promise<RestrictionInForce | null>;
}

/**
 * A context's own copy of credit's restrictions (一处失信、处处受限), kept from credit's public events in the
 * inbox's transaction (exactly once), in its own table (`<context>_credit_restrictions`). Named like every
 * consumer, `<consuming context>.credit-restrictions`: one pair of classes per consuming context, since the name
 * is its consumer group, inbox key and dead-letter topic. Mount `consumer` as a controller and `lookup` as a
 * provider; the lookup answers whether an enterprise is restricted for a purpose on a date, and by which record.
 */
export const creditRestrictionsReplica = (
  context: string,
): { readonly consumer: Type<OnModuleInit>; readonly lookup: Type<RestrictionsLookup> } => {
  const table = restrictionsReplicaTable(context);

  @Injectable()
  class CreditRestrictionsLookup implements RestrictionsLookup {
    constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

    inForce(creditCode: string, purpose: CreditRestrictionPurpose, date: string) {
      return restrictionInForce(this.db, table, creditCode, purpose, date);
    }
  }

  @EventConsumer(`${context}.credit-restrictions`)
  class CreditRestrictionsReplica implements OnModuleInit {
    constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

    /** The table exists before the transport starts consuming and before anyone asks. */
    onModuleInit(): Promise<void> {
      return setupRestrictionsReplica(this.db, table);
    }

    @IntegrationEventPattern(RestrictionImposedV1)
    async imposed(
      @Payload() event: CloudEvent<IntegrationEventData<typeof RestrictionImposedV1>>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      await keepImposed(delivery.getTransaction(), table, event.data);
    }

    @IntegrationEventPattern(RestrictionLiftedV1)
    async lifted(
      @Payload() event: CloudEvent<IntegrationEventData<typeof RestrictionLiftedV1>>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      await keepLifted(delivery.getTransaction(), table, event.data);
    }
  }

  return { consumer: CreditRestrictionsReplica, lookup: CreditRestrictionsLookup };
};
