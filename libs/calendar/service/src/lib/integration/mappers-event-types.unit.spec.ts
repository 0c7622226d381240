import { SCHEDULE_REGISTRY_STREAM_ID, type ScheduleRegistryEvent } from '@qinqing/calendar/domain';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { calendarIntegrationMapper } from './calendar-integration.mapper';

describeMapperEventTypes('the calendar integration mapper', calendarIntegrationMapper, {
  contextEventTypes: everyEventType<ScheduleRegistryEvent>({ HolidayScheduleLoaded: true }),
  streamIds: [SCHEDULE_REGISTRY_STREAM_ID],
});
