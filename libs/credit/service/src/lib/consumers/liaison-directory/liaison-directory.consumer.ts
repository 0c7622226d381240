import { Ctx, Payload } from '@nestjs/microservices';
import {
  EnterpriseDetailsCorrectedV1,
  type EnterpriseDirectoryEvent,
  EnterpriseRegisteredV1,
} from '@qinqing/liaison/contracts';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
} from '@qinqing/shared/nest-platform';
import { DirectoryReplica } from './directory.replica';

export const LIAISON_DIRECTORY_CONSUMER = 'credit.liaison-directory';

/**
 * Liaison's enterprise directory into `credit_directory`, in the inbox's transaction (exactly once): the
 * registered name, area and industry that head an enterprise's integrity file. A batch at a time: a city's
 * directory is a million registrations.
 */
@EventConsumer(LIAISON_DIRECTORY_CONSUMER)
export class LiaisonDirectoryConsumer {
  constructor(private readonly replica: DirectoryReplica) {}

  @IntegrationEventBatchPattern(EnterpriseRegisteredV1, EnterpriseDetailsCorrectedV1)
  async apply(
    @Payload() events: readonly EnterpriseDirectoryEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ): Promise<void> {
    await this.replica.apply(context.getTransaction(), events);
  }
}
