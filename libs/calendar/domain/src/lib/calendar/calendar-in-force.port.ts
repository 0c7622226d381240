import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * The calendar port: the working-day calendar in force right now — the notices shipped with the code plus
 * those an administrator loaded. Other contexts' services ask this for the calendar their deciders take as
 * input; the calendar service provides it (`CalendarModule`), so no context depends on the calendar's service
 * library. An abstract class so it is its own Nest injection token while this library stays free of Nest.
 */
export abstract class CalendarInForce {
  abstract current(): Promise<WorkingDayCalendar>;
}
