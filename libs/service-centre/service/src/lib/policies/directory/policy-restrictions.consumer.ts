import { Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RestrictionImposedV1, RestrictionLiftedV1 } from '@qinqing/credit/contracts';
import { chinaDateOf } from '@qinqing/service-centre/domain';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import type { Clock } from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { excludeRestricted, readmitLifted } from '../matching/restriction-changes';

export const SERVICE_CENTRE_POLICY_RESTRICTIONS_CONSUMER = 'service-centre.policy-restrictions';

/**
 * Credit's restrictions on policy benefits applied to matches already made (联合惩戒: 限制享受优惠政策): an
 * enterprise restricted after a policy reached it is excluded, naming the record; a lift offers them again.
 * Restrictions already in force when a policy is published are found by the matching query itself.
 */
@EventConsumer(SERVICE_CENTRE_POLICY_RESTRICTIONS_CONSUMER)
export class PolicyRestrictionsConsumer {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @IntegrationEventPattern(RestrictionImposedV1)
  async imposed(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RestrictionImposedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    const d = event.data;
    if (!d.purposes.includes('policy-benefits')) return;
    await excludeRestricted(context.getTransaction(), d, chinaDateOf(this.clock.now()));
  }

  @IntegrationEventPattern(RestrictionLiftedV1)
  async lifted(
    @Payload() event: CloudEvent<IntegrationEventData<typeof RestrictionLiftedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await readmitLifted(context.getTransaction(), event.data.restrictionId, chinaDateOf(this.clock.now()));
  }
}
