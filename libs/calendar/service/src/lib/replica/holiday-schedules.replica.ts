import type { Type } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { HolidayScheduleLoadedV1 } from '@qinqing/calendar/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import {
  EventConsumer,
  IntegrationEventContext,
  IntegrationEventPattern,
} from '@qinqing/shared/nest-platform';
import { ReplicatedNotices } from './replicated-notices';

/**
 * A service's copy of the calendar it does not own: each notice the owning service recorded (an administrator's
 * load through `/api/calendar`) lands in `calendar_replicated_notices` in the inbox's transaction, exactly once,
 * and the service's calendar in force folds it. Named `<consuming context>.holiday-schedules`, one class per
 * consuming context, since the name is its consumer group, inbox key and dead-letter topic.
 */
export const holidaySchedulesReplica = (context: string): Type<object> => {
  @EventConsumer(`${context}.holiday-schedules`)
  class HolidaySchedulesReplica {
    constructor(private readonly notices: ReplicatedNotices) {}

    @IntegrationEventPattern(HolidayScheduleLoadedV1)
    async loaded(
      @Payload() event: CloudEvent<IntegrationEventData<typeof HolidayScheduleLoadedV1>>,
      @Ctx() delivery: IntegrationEventContext,
    ): Promise<void> {
      await this.notices.record(delivery.getTransaction(), event);
    }
  }
  return HolidaySchedulesReplica;
};
