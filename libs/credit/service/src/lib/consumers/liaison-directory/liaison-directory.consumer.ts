import { Ctx, Payload } from '@nestjs/microservices';
import { EnterpriseDetailsCorrectedV1, EnterpriseRegisteredV1 } from '@qinqing/liaison/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { DirectoryReplica } from './directory.replica';

export const LIAISON_DIRECTORY_CONSUMER = 'credit.liaison-directory';

/**
 * Liaison's enterprise directory into `credit_directory`, in the inbox's transaction (exactly once): the
 * registered name, area and industry that head an enterprise's integrity file.
 */
@EventConsumer(LIAISON_DIRECTORY_CONSUMER)
export class LiaisonDirectoryConsumer {
  constructor(private readonly replica: DirectoryReplica) {}

  @IntegrationEventPattern(EnterpriseRegisteredV1)
  async registered(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseRegisteredV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, name, areaCode, industry, registeredAt } = event.data;
    await this.replica.registered(
      context.getTransaction(),
      creditCode,
      { name, areaCode, industry },
      registeredAt,
    );
  }

  @IntegrationEventPattern(EnterpriseDetailsCorrectedV1)
  async corrected(
    @Payload() event: CloudEvent<IntegrationEventData<typeof EnterpriseDetailsCorrectedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { creditCode, changes, correctedAt } = event.data;
    const { name, areaCode, industry } = changes;
    await this.replica.corrected(
      context.getTransaction(),
      creditCode,
      {
        ...(name === undefined ? {} : { name }),
        ...(areaCode === undefined ? {} : { areaCode }),
        ...(industry === undefined ? {} : { industry }),
      },
      correctedAt,
    );
  }
}
