import { accept, type Decider, domainError, reject } from '@qinqing/shared/domain-kernel';
import { ScheduleConflictError } from '../calendar/schedule-conflict.error';
import type { HolidayScheduleInput } from '../schedule/holiday-schedule';
import { validateHolidaySchedule } from '../schedule/holiday-schedule.validate';
import type { ScheduleRegistryEvent } from './schedule-registry.events';
import {
  evolveScheduleRegistry,
  initialScheduleRegistryState,
  type ScheduleRegistryState,
} from './schedule-registry.state';

export type LoadHolidaySchedule = {
  readonly type: 'LoadHolidaySchedule';
  readonly schedule: HolidayScheduleInput;
  /** Required to replace a loaded year; the new notice must be different and published no earlier. */
  readonly replace: boolean;
};

export const SCHEDULE_REGISTRY_STREAM_ID = 'calendar-holiday-schedules';

const decide = (command: LoadHolidaySchedule, state: ScheduleRegistryState) => {
  const validation = validateHolidaySchedule(command.schedule);
  if (!validation.ok) {
    const first = validation.problems[0];
    return reject(
      domainError(
        'validation',
        'invalid-holiday-schedule',
        {
          zh: validation.problems.map((p) => p.message.zh).join('；'),
          en: validation.problems.map((p) => p.message.en).join('; '),
        },
        first?.subject,
      ),
    );
  }
  const loaded = state.calendar.scheduleFor(command.schedule.year);
  try {
    const next = state.calendar.withSchedule(command.schedule, { replace: command.replace });
    // The very same notice is already in force: loading it again changes nothing.
    if (next === state.calendar) return accept<ScheduleRegistryEvent>();
  } catch (error) {
    if (error instanceof ScheduleConflictError) {
      return reject(domainError('conflict', `schedule-${error.reason}`, error.localizedMessage));
    }
    throw error;
  }
  return accept<ScheduleRegistryEvent>({
    type: 'HolidayScheduleLoaded',
    data: { schedule: command.schedule, replaced: loaded !== undefined },
  });
};

/** One stream holds every schedule an administrator loaded; folding it gives the calendar in force. */
export const scheduleRegistryDecider: Decider<
  LoadHolidaySchedule,
  ScheduleRegistryEvent,
  ScheduleRegistryState
> = {
  initialState: initialScheduleRegistryState,
  evolve: evolveScheduleRegistry,
  decide,
};
