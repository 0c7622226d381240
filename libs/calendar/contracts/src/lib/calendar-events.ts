import { defineIntegrationEvent, publicTopic } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';

/**
 * The calendar's public events: the holiday notices recorded by the service that owns the calendar (the one the
 * gateway sends `/api/calendar` to), so every other service that counts working days follows the same notices.
 * One key for all of them (the registry's stream id), so they arrive in the order they were recorded.
 */
export const CALENDAR_TOPIC = publicTopic('calendar', 1);
export const CALENDAR_SOURCE = '/qinqing/calendar';

/**
 * The notice as it was recorded, checked for shape only: a notice recorded before today's checks may fail them,
 * and a replica must set it aside exactly as the owner does (`evolve` decides), not refuse the message.
 */
const noticeSchema = z.object({
  year: z.number().int(),
  source: z.object({
    title: z.string(),
    documentNumber: z.string(),
    publishedOn: z.string(),
  }),
  holidays: z.array(
    z.object({
      name: z.string(),
      dates: z.array(z.string()),
      noticeClause: z.string().optional(),
    }),
  ),
  makeUpWorkingDays: z.array(z.string()),
});

/**
 * A year's holiday notice (国务院办公厅节假日安排通知) was recorded in the calendar: loaded by an administrator, or
 * replacing that year's earlier notice (`replaced`). Replicas apply it to their calendar in force.
 */
export const HolidayScheduleLoadedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.calendar.holiday-schedule.loaded.v1',
  version: 1,
  topic: CALENDAR_TOPIC,
  source: CALENDAR_SOURCE,
  schema: z.object({ schedule: noticeSchema, replaced: z.boolean() }),
});

export const CALENDAR_PUBLIC_EVENTS = [HolidayScheduleLoadedV1] as const;
