import { Ctx, Payload } from '@nestjs/microservices';
import { ConflictDeclaredV1, ConflictWithdrawnV1, RecusalRecordedV1 } from '@qinqing/liaison/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { StaffConflictsReplica } from './staff-conflicts.replica';

export const LIAISON_CONFLICTS_CONSUMER = 'appeals.liaison-conflicts';

/**
 * Liaison's conflicts of interest (晋江 四) into `appeals_staff_conflicts`, in the inbox's transaction (exactly
 * once): which staff account keeps away from which enterprise. Request commands read it for the acting staff
 * member and the decider refuses what they would do on such an enterprise's request (decide/recusal.ts).
 */
@EventConsumer(LIAISON_CONFLICTS_CONSUMER)
export class LiaisonConflictsConsumer {
  constructor(private readonly replica: StaffConflictsReplica) {}

  @IntegrationEventPattern(ConflictDeclaredV1)
  async declared(
    @Payload() event: CloudEvent<IntegrationEventData<typeof ConflictDeclaredV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { accountId, sourceId, creditCodes, declaredAt } = event.data;
    await this.replica.declared(context.getTransaction(), accountId, sourceId, creditCodes, declaredAt);
  }

  @IntegrationEventPattern(ConflictWithdrawnV1)
  async withdrawn(
    @Payload() event: CloudEvent<IntegrationEventData<typeof ConflictWithdrawnV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.replica.withdrawn(context.getTransaction(), event.data.accountId, event.data.sourceId);
  }

  @IntegrationEventPattern(RecusalRecordedV1)
  async recusal(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RecusalRecordedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const { accountId, recusalId, creditCode, recordedAt } = event.data;
    await this.replica.recusal(context.getTransaction(), accountId, recusalId, creditCode, recordedAt);
  }
}
