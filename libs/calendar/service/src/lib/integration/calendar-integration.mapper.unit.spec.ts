import { CALENDAR_TOPIC, HolidayScheduleLoadedV1 } from '@qinqing/calendar/contracts';
import { SCHEDULE_REGISTRY_STREAM_ID } from '@qinqing/calendar/domain';
import { parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { calendarIntegrationMapper } from './calendar-integration.mapper';

const recorded = (streamId: string, type: string, data: unknown): RecordedEvent => ({
  eventId: '01890000-0000-7000-8000-000000000007',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    correlationId: 'c1',
    causationId: 'k1',
    actorId: 'admin-1',
    actorRole: 'administrator',
    occurredAt: '2026-11-20T02:00:00.000Z',
  },
  streamId,
  streamRevision: 0,
  globalPosition: 1n,
  cursor: '1:1' as LogCursor,
  recordedAt: new Date('2026-11-20T02:00:00.000Z'),
});

describe('the calendar’s public events', () => {
  it('publishes a recorded notice as it was recorded, keyed by the registry so notices keep their order', () => {
    const event = recorded(SCHEDULE_REGISTRY_STREAM_ID, 'HolidayScheduleLoaded', {
      schedule: TEST_HOLIDAY_NOTICE_2027,
      replaced: false,
    });
    const outbound = calendarIntegrationMapper.map(event);
    expect(outbound).toMatchObject({ topic: CALENDAR_TOPIC, key: SCHEDULE_REGISTRY_STREAM_ID });
    expect(calendarIntegrationMapper.topics).toEqual([CALENDAR_TOPIC]);
    const cloudEvent = parseCloudEvent(HolidayScheduleLoadedV1, outbound?.cloudEvent);
    expect(cloudEvent).toMatchObject({
      id: event.eventId,
      type: 'cn.qinqing.calendar.holiday-schedule.loaded.v1',
      source: '/qinqing/calendar',
      subject: SCHEDULE_REGISTRY_STREAM_ID,
      time: '2026-11-20T02:00:00.000Z',
      correlationid: 'c1',
      causationid: 'k1',
    });
    expect(cloudEvent.data).toEqual({ schedule: TEST_HOLIDAY_NOTICE_2027, replaced: false });
  });

  it('carries a notice today’s checks refuse, so a replica sets it aside as the owner does', () => {
    const incomplete = {
      ...TEST_HOLIDAY_NOTICE_2027,
      holidays: [{ name: '元旦', dates: ['2027-01-01'] }],
      makeUpWorkingDays: [],
    };
    const outbound = calendarIntegrationMapper.map(
      recorded(SCHEDULE_REGISTRY_STREAM_ID, 'HolidayScheduleLoaded', {
        schedule: incomplete,
        replaced: true,
      }),
    );
    expect(parseCloudEvent(HolidayScheduleLoadedV1, outbound?.cloudEvent).data).toEqual({
      schedule: incomplete,
      replaced: true,
    });
  });

  it('publishes nothing of any other stream', () => {
    expect(
      calendarIntegrationMapper.map(
        recorded('enterprise-request-1', 'HolidayScheduleLoaded', {
          schedule: TEST_HOLIDAY_NOTICE_2027,
          replaced: false,
        }),
      ),
    ).toBeNull();
    expect(calendarIntegrationMapper.map(recorded(SCHEDULE_REGISTRY_STREAM_ID, 'Other', {}))).toBeNull();
  });
});
