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
import { type DirectoryEntry } from '@qinqing/service-centre/domain';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';
import { matchArrival } from '../matching/enterprise-arrivals';
import { queueArrivals } from '../notices/policy-notice-queue.table';
import { PolicyNoticesPass } from '../notices/policy-notices.pass';
import { POLICIES_DDL } from '../projection/policies.projection';
import { DIRECTORY_REPLICA_DDL, keepCorrected, keepRegistered } from './directory-replica.table';

export const SERVICE_CENTRE_DIRECTORY_CONSUMER = 'service-centre.liaison-directory';

/**
 * Liaison's enterprise directory into `service_centre_directory`, in the inbox's transaction (exactly once),
 * and the arriving or corrected enterprise matched against the policies in force in the same transaction
 * (精准推送: enterprises added later are matched as they arrive), and the policies newly offered to it queued for
 * their SMS notice (PolicyNoticesPass lists them). Public events only, never liaison's tables.
 */
@EventConsumer(SERVICE_CENTRE_DIRECTORY_CONSUMER)
export class ServiceCentreDirectoryConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly notices: PolicyNoticesPass,
  ) {}

  /**
   * Matches the enterprise against the policies in force today (China time), whenever its event was written,
   * and queues a notice of each policy newly offered to it, caused by that event.
   */
  private async arrive(tx: SqlExecutor, entry: DirectoryEntry, event: CloudEvent<unknown>): Promise<void> {
    const now = this.clock.now();
    const at = now.toISOString();
    const { newlyOffered } = await matchArrival(tx, entry, chinaDateOf(now), at);
    if (newlyOffered.length === 0) return;
    const cause = { correlationId: event.correlationid ?? event.id, causationId: event.id };
    await queueArrivals(tx, entry.creditCode, newlyOffered, cause, at);
    this.notices.soon();
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
    await this.arrive(tx, entry, event);
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
    await this.arrive(tx, entry, event);
  }
}
