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
import { NOTICE_HOLD_MS } from './policy-notice.sender';
import { POLICY_NOTICES_DDL, recordDue } from './policy-notices.table';

export const POLICY_NOTICES_CONSUMER = 'liaison.policy-notices';

/**
 * The service centre's `policy.notices-due.v1` (the enterprises offered a published policy, by credit code):
 * each becomes a pending notice in the inbox's transaction — exactly once, and once per (policy, enterprise)
 * whichever batch lists it — and `PolicyNoticeSender`'s timer texts them once they have been held
 * `NOTICE_HOLD_MS` (so never inside the inbox's transaction).
 */
@EventConsumer(POLICY_NOTICES_CONSUMER)
export class PolicyNoticesConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    for (const statement of POLICY_NOTICES_DDL) await this.db.query(statement);
  }

  @IntegrationEventPattern(PolicyNoticesDueV1)
  async due(
    @Payload() event: CloudEvent<IntegrationEventData<typeof PolicyNoticesDueV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const now = this.clock.now();
    await recordDue(
      context.getTransaction(),
      event.data,
      now.toISOString(),
      new Date(now.getTime() + NOTICE_HOLD_MS).toISOString(),
    );
  }
}
