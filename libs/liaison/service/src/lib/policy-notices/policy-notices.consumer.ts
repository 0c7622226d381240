import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { PolicyNoticesDueV1 } from '@qinqing/service-centre/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { PolicyNoticeSender } from './policy-notice.sender';
import { POLICY_NOTICES_DDL, recordDue } from './policy-notices.table';

export const POLICY_NOTICES_CONSUMER = 'liaison.policy-notices';

/**
 * The service centre's `policy.notices-due.v1` (the enterprises offered a published policy, by credit code):
 * each becomes a pending notice in the inbox's transaction — exactly once, and once per (policy, enterprise)
 * whichever batch lists it — and `PolicyNoticeSender` texts them after the commit, never inside it.
 */
@EventConsumer(POLICY_NOTICES_CONSUMER)
export class PolicyNoticesConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sender: PolicyNoticeSender,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const statement of POLICY_NOTICES_DDL) await this.db.query(statement);
  }

  @IntegrationEventPattern(PolicyNoticesDueV1)
  async due(
    @Payload() event: CloudEvent<IntegrationEventData<typeof PolicyNoticesDueV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const added = await recordDue(context.getTransaction(), event.data, this.clock.now().toISOString());
    if (added > 0) this.sender.soon();
  }
}
