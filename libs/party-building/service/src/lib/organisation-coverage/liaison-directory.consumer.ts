import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { EnterpriseDetailsCorrectedV1, EnterpriseRegisteredV1 } from '@qinqing/liaison/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { applyCoverage, COVERAGE_DDL } from './enterprise-coverage';

export const PARTY_BUILDING_DIRECTORY_CONSUMER = 'party-building.liaison-directory';

/**
 * Liaison's enterprise directory into party building's coverage rows, in the inbox's transaction (exactly
 * once): the county and industry section each enterprise is counted under, and that it counts at all.
 */
@EventConsumer(PARTY_BUILDING_DIRECTORY_CONSUMER)
export class LiaisonDirectoryConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of COVERAGE_DDL) await this.db.query(statement);
  }

  @IntegrationEventPattern(EnterpriseRegisteredV1)
  async registered(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseRegisteredV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, name, areaCode, industry } = event.data;
    await applyCoverage(context.getTransaction(), creditCode, { directory: { name, areaCode, industry } });
  }

  @IntegrationEventPattern(EnterpriseDetailsCorrectedV1)
  async corrected(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseDetailsCorrectedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, changes } = event.data;
    const { name, areaCode, industry } = changes;
    if (name === undefined && areaCode === undefined && industry === undefined) return;
    await applyCoverage(context.getTransaction(), creditCode, {
      directory: {
        ...(name === undefined ? {} : { name }),
        ...(areaCode === undefined ? {} : { areaCode }),
        ...(industry === undefined ? {} : { industry }),
      },
    });
  }
}
