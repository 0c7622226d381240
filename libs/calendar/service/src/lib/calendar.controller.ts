import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import { Allow, commandMetadataFor, CurrentActor, Public } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { parseCalendarDate } from '@qinqing/calendar/domain';
import type { Request } from 'express';
import type { z } from 'zod';
import { CalendarService } from './calendar.service';
import { addWorkingDaysQuery, countWorkingDaysQuery, holidayScheduleBody } from './calendar.schemas';
import {
  addWorkingDaysBasis,
  type AnswerBasis,
  answerBasis,
  type ScheduleListView,
  type SchedulePreview,
} from './calendar.views';

/**
 * Working days under China's statutory holidays and 调休. A year whose notice is not loaded (2025–2099) is
 * answered provisionally from the statutory festivals and the answer says so (`provisional`, `basis`); only a
 * year outside that range without a notice answers 422.
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('add-working-days')
  @Public()
  @ApiOperation({
    summary:
      'The date N working days after a date (the start day itself not counted), with `provisional` and the `basis` it rests on',
  })
  @ApiZodQuery(addWorkingDaysQuery)
  async addWorkingDays(
    @ZodQuery(addWorkingDaysQuery) query: z.infer<typeof addWorkingDaysQuery>,
  ): Promise<{ date: string } & AnswerBasis> {
    const calendar = await this.calendar.current();
    const from = parseCalendarDate(query.from);
    const date = calendar.addWorkingDays(from, query.days);
    return { date, ...addWorkingDaysBasis(calendar, from, date) };
  }

  @Get('working-days')
  @Public()
  @ApiOperation({
    summary: 'Working days between two dates, both included, with `provisional` and its `basis`',
  })
  @ApiZodQuery(countWorkingDaysQuery)
  async countWorkingDays(
    @ZodQuery(countWorkingDaysQuery) query: z.infer<typeof countWorkingDaysQuery>,
  ): Promise<{ count: number } & AnswerBasis> {
    const calendar = await this.calendar.current();
    const from = parseCalendarDate(query.from);
    const to = parseCalendarDate(query.to);
    return { count: calendar.countWorkingDays(from, to), ...answerBasis(calendar, from, to) };
  }

  @Get('schedules')
  @Public()
  @ApiOperation({
    summary:
      'The holiday notices loaded, one per year; the years answered provisionally; and the reminder of missing notices (from 1 October for next year)',
  })
  schedules(): Promise<ScheduleListView> {
    return this.calendar.schedules();
  }
}

/**
 * Loading a year's notice (administrators), only in the service that owns the calendar: the notices it records
 * reach the replicas as public events (`HolidayScheduleLoadedV1`); a replica mounts no such endpoint.
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarLoadController {
  constructor(private readonly calendar: CalendarService) {}

  @Post('schedules/preview')
  @HttpCode(200)
  @Allow('administrator')
  @ApiOperation({
    summary:
      "Check a year's holiday notice without loading it: every problem at its field (400), or what it changes against weekends only",
  })
  @ApiZodBody(holidayScheduleBody)
  preview(@ZodBody(holidayScheduleBody) body: z.infer<typeof holidayScheduleBody>): Promise<SchedulePreview> {
    const { replace, ...schedule } = body;
    return this.calendar.preview(schedule, replace);
  }

  @Post('schedules')
  @HttpCode(201)
  @Allow('administrator')
  @ApiOperation({ summary: "Load a year's holiday notice (administrators; each November for the next year)" })
  @ApiZodBody(holidayScheduleBody)
  async load(
    @ZodBody(holidayScheduleBody) body: z.infer<typeof holidayScheduleBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ year: number; loadedYears: readonly number[] }> {
    const { replace, ...schedule } = body;
    const calendar = await this.calendar.load(
      schedule,
      replace,
      commandMetadataFor(request, actor, 'load-holiday-schedule'),
    );
    return { year: schedule.year, loadedYears: calendar.loadedYears };
  }
}
