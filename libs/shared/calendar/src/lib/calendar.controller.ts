import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '@qinqing/shared/nest-platform';
import { Allow, commandMetadataFor, CurrentActor, Public } from '@qinqing/shared/identity';
import type { Actor } from '@qinqing/shared/identity-domain';
import { parseCalendarDate } from '@qinqing/shared/working-days';
import type { Request } from 'express';
import type { z } from 'zod';
import { CalendarService } from './calendar.service';
import { addWorkingDaysQuery, countWorkingDaysQuery, holidayScheduleBody } from './calendar.schemas';

/** Working days under China's statutory holidays and 调休; a missing year answers 422, never a guess. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('add-working-days')
  @Public()
  @ApiOperation({ summary: 'The date N working days after a date (the start day itself not counted)' })
  @ApiZodQuery(addWorkingDaysQuery)
  async addWorkingDays(
    @ZodQuery(addWorkingDaysQuery) query: z.infer<typeof addWorkingDaysQuery>,
  ): Promise<{ date: string }> {
    const calendar = await this.calendar.current();
    return { date: calendar.addWorkingDays(parseCalendarDate(query.from), query.days) };
  }

  @Get('working-days')
  @Public()
  @ApiOperation({ summary: 'Working days between two dates, both included' })
  @ApiZodQuery(countWorkingDaysQuery)
  async countWorkingDays(
    @ZodQuery(countWorkingDaysQuery) query: z.infer<typeof countWorkingDaysQuery>,
  ): Promise<{ count: number }> {
    const calendar = await this.calendar.current();
    return { count: calendar.countWorkingDays(parseCalendarDate(query.from), parseCalendarDate(query.to)) };
  }

  @Get('schedules')
  @Public()
  @ApiOperation({ summary: 'The holiday notices loaded, one per year' })
  async schedules(): Promise<{ years: { year: number; source: unknown }[] }> {
    const calendar = await this.calendar.current();
    return {
      years: calendar.loadedYears.map((year) => ({
        year,
        source: calendar.scheduleFor(year)?.source ?? null,
      })),
    };
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
