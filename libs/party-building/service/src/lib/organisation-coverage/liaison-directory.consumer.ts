import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  EnterpriseDetailsCorrectedV1,
  type EnterpriseDirectoryEvent,
  EnterpriseRegisteredV1,
} from '@qinqing/liaison/contracts';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { applyCoverages, COVERAGE_DDL, type CoverageChange } from './enterprise-coverage';

export const PARTY_BUILDING_DIRECTORY_CONSUMER = 'party-building.liaison-directory';

/** The coverage change of a directory event: where the enterprise is counted; none for a correction elsewhere. */
const coverageChangeOf = (event: EnterpriseDirectoryEvent): CoverageChange[] => {
  if (event.type === EnterpriseRegisteredV1.type) {
    const { creditCode, name, areaCode, industry } = event.data;
    return [{ creditCode, patch: { directory: { name, areaCode, industry } } }];
  }
  const { creditCode, changes } = event.data;
  const { name, areaCode, industry } = changes;
  if (name === undefined && areaCode === undefined && industry === undefined) return [];
  return [
    {
      creditCode,
      patch: {
        directory: {
          ...(name === undefined ? {} : { name }),
          ...(areaCode === undefined ? {} : { areaCode }),
          ...(industry === undefined ? {} : { industry }),
        },
      },
    },
  ];
};

/**
 * Liaison's enterprise directory into party building's coverage rows, in the inbox's transaction (exactly
 * once): the county and industry section each enterprise is counted under, and that it counts at all. A batch
 * at a time: a city's directory is a million registrations.
 */
@EventConsumer(PARTY_BUILDING_DIRECTORY_CONSUMER)
export class LiaisonDirectoryConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    for (const statement of COVERAGE_DDL) await this.db.query(statement);
  }

  @IntegrationEventBatchPattern(EnterpriseRegisteredV1, EnterpriseDetailsCorrectedV1)
  async apply(
    @Payload() events: readonly EnterpriseDirectoryEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    await applyCoverages(context.getTransaction(), events.flatMap(coverageChangeOf));
  }
}
