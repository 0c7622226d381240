import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EnterpriseDetailsCorrectedV1, EnterpriseRegisteredV1 } from '@qinqing/liaison/contracts';
import { chinaDateOf } from '@qinqing/service-centre/domain';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { matchArrival } from '../matching/enterprise-arrivals';
import { POLICIES_DDL } from '../projection/policies.projection';
import { DIRECTORY_REPLICA_DDL, keepCorrected, keepRegistered } from './directory-replica.table';

export const SERVICE_CENTRE_DIRECTORY_CONSUMER = 'service-centre.liaison-directory';

/**
 * Liaison's enterprise directory into `service_centre_directory`, in the inbox's transaction (exactly once),
 * and the arriving or corrected enterprise matched against the policies in force in the same transaction
 * (精准推送: enterprises added later are matched as they arrive). Public events only, never liaison's tables.
 */
@EventConsumer(SERVICE_CENTRE_DIRECTORY_CONSUMER)
export class ServiceCentreDirectoryConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Policies in force today (China time), whenever the enterprise's event was written. */
  private arrival(): { today: string; at: string } {
    const now = this.clock.now();
    return { today: chinaDateOf(now), at: now.toISOString() };
  }

  async onModuleInit(): Promise<void> {
    for (const statement of [...DIRECTORY_REPLICA_DDL, ...POLICIES_DDL]) await this.db.query(statement);
  }

  @IntegrationEventPattern(EnterpriseRegisteredV1)
  async registered(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseRegisteredV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    const entry = {
      creditCode: d.creditCode.toUpperCase(),
      name: d.name,
      industry: d.industry,
      size: d.size?.size ?? null,
      areaCode: d.areaCode,
      tags: d.tags,
    };
    const tx = context.getTransaction();
    await keepRegistered(tx, entry, d.registeredAt);
    const { today, at } = this.arrival();
    await matchArrival(tx, entry, today, at);
  }

  @IntegrationEventPattern(EnterpriseDetailsCorrectedV1)
  async corrected(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseDetailsCorrectedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, changes, size, correctedAt } = event.data;
    const tx = context.getTransaction();
    const entry = await keepCorrected(
      tx,
      creditCode,
      {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.industry === undefined ? {} : { industry: changes.industry }),
        ...(changes.areaCode === undefined ? {} : { areaCode: changes.areaCode }),
        ...(changes.tags === undefined ? {} : { tags: changes.tags }),
      },
      size?.size ?? null,
      correctedAt,
    );
    if (entry === null) return;
    const { today, at } = this.arrival();
    await matchArrival(tx, entry, today, at);
  }
}
