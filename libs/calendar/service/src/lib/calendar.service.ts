import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import type { Clock, CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import {
  type CalendarDate,
  type CalendarInForce,
  type HolidayScheduleInput,
  noticeChanges,
  noticeReminder,
  parseCalendarDate,
  ScheduleConflictError,
  SCHEDULE_REGISTRY_STREAM_ID,
  scheduleRegistryDecider,
  validateHolidaySchedule,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import { CALENDAR_REGISTRY, type CalendarRegistry } from './calendar-registry';
import type { ScheduleListView, SchedulePreview } from './calendar.views';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The working-day calendar in force for every context: the notices shipped with the code plus those an
 * administrator loaded at run time — into this service's own stream where it owns the calendar, replicated
 * from the owner's where it does not (`CalendarRegistry`).
 */
@Injectable()
export class CalendarService implements CalendarInForce {
  constructor(
    @Inject(CALENDAR_REGISTRY) private readonly registry: CalendarRegistry,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async current(): Promise<WorkingDayCalendar> {
    return (await this.registry.current()).calendar;
  }

  /** Today in China (UTC+8 all year, no daylight saving). */
  today(): CalendarDate {
    return parseCalendarDate(
      new Date(this.clock.now().getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10),
    );
  }

  async schedules(): Promise<ScheduleListView> {
    const { calendar, setAside } = await this.registry.current();
    return {
      setAside,
      years: calendar.loadedYears.map((year) => ({
        year,
        source: calendar.scheduleFor(year)?.source ?? null,
      })),
      provisionalRange: calendar.provisionalRange,
      reminder: noticeReminder(calendar, this.today()),
    };
  }

  /**
   * Checks a notice as loading it would — every problem at its field (400), or a conflict with what is loaded
   * (409) — and says what it changes against weekends only. Nothing is stored.
   */
  async preview(schedule: HolidayScheduleInput, replace: boolean): Promise<SchedulePreview> {
    const parsed = this.validated(schedule);
    const calendar = await this.current();
    const loaded = calendar.scheduleFor(parsed.year);
    let alreadyLoaded = false;
    try {
      alreadyLoaded = calendar.withSchedule(schedule, { replace }) === calendar;
    } catch (error) {
      if (error instanceof ScheduleConflictError) {
        throw new ConflictException({ error: `schedule-${error.reason}`, message: error.localizedMessage });
      }
      throw error;
    }
    return {
      year: parsed.year,
      source: parsed.source,
      changes: noticeChanges(parsed),
      replaces: loaded === undefined || alreadyLoaded ? null : loaded.source,
      alreadyLoaded,
    };
  }

  async load(
    schedule: HolidayScheduleInput,
    replace: boolean,
    metadata: CommandMetadata,
  ): Promise<WorkingDayCalendar> {
    if (this.registry.role === 'replica') {
      // Replicas mount no load endpoint; this guards any other caller, since the owner would never hear of it.
      throw new ForbiddenException({
        error: 'calendar-replica',
        message: {
          zh: '节假日安排只能在日历所在的服务中载入，本服务的日历由其同步而来',
          en: 'Holiday notices are loaded in the service that owns the calendar; this service replicates it',
        },
      });
    }
    this.validated(schedule);
    const result = await this.commands.handle(
      scheduleRegistryDecider,
      SCHEDULE_REGISTRY_STREAM_ID,
      { type: 'LoadHolidaySchedule', schedule, replace },
      metadata,
    );
    this.registry.remember(result.state);
    return result.state.calendar;
  }

  /** Every problem of the notice, each at its field in both languages, as the platform's 400 answer. */
  private validated(schedule: HolidayScheduleInput) {
    const validation = validateHolidaySchedule(schedule);
    if (validation.ok) return validation.schedule;
    throw new BadRequestException({
      error: 'invalid-holiday-schedule',
      message: {
        zh: `${schedule.year}年节假日安排有${validation.problems.length}处问题，未载入`,
        en: `The ${schedule.year} holiday schedule has ${validation.problems.length} problem(s) and was not loaded`,
      },
      fields: validation.problems.map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: problem.message,
      })),
    });
  }
}
