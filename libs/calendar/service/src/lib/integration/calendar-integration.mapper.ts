import { HolidayScheduleLoadedV1, CALENDAR_TOPIC } from '@qinqing/calendar/contracts';
import { type HolidayScheduleLoaded, SCHEDULE_REGISTRY_STREAM_ID } from '@qinqing/calendar/domain';
import {
  type IntegrationEventMapper,
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * What the owning calendar tells the services that replicate it: every notice its registry records, as recorded
 * (set-aside ones too: the replica's `evolve` sets them aside the same way). Keyed by the registry's stream id,
 * so the notices stay in the order they were recorded. Registered only where the calendar is the owner: a
 * replica publishing what it replicated would send every notice round again.
 */
export const calendarIntegrationMapper: IntegrationEventMapper = {
  context: 'calendar',
  topics: [CALENDAR_TOPIC],
  eventTypes: ['HolidayScheduleLoaded'] satisfies HolidayScheduleLoaded['type'][],
  map: (event: RecordedEvent): OutboundIntegrationEvent | null => {
    if (event.streamId !== SCHEDULE_REGISTRY_STREAM_ID || event.type !== 'HolidayScheduleLoaded') return null;
    const { schedule, replaced } = event.data as HolidayScheduleLoaded['data'];
    return toOutboundIntegrationEvent(HolidayScheduleLoadedV1, event, {
      subject: SCHEDULE_REGISTRY_STREAM_ID,
      data: {
        schedule: {
          ...schedule,
          holidays: schedule.holidays.map((holiday) => ({ ...holiday, dates: [...holiday.dates] })),
          makeUpWorkingDays: [...schedule.makeUpWorkingDays],
        },
        replaced,
      },
    });
  },
};
