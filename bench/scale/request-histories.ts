import {
  type AppealsDecisionContext,
  DEFAULT_APPEALS_POLICY,
  type EnterpriseRequestCommand,
  enterpriseRequestDecider,
  type EnterpriseRequestEvent,
  type EnterpriseRequestState,
  enterpriseRequestStreamId,
} from '@qinqing/appeals/domain';
import {
  type CalendarDate,
  createOfficialWorkingDayCalendar,
  fromEpochDay,
  toEpochDay,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import type { IdGenerator, NewEvent, StreamAppend } from '@qinqing/shared/event-sourcing';
import { type RequestSeed, SCRIPTS, type Script } from './request-scripts';

/** The working days from `first` to `last` (both included), oldest first. */
export const workingDaysBetween = (
  calendar: WorkingDayCalendar,
  first: CalendarDate,
  last: CalendarDate,
): CalendarDate[] => {
  const days: CalendarDate[] = [];
  for (let day = toEpochDay(first); day <= toEpochDay(last); day++) {
    const date = fromEpochDay(day);
    if (calendar.isWorkingDay(date)) days.push(date);
  }
  return days;
};

/** The script of the `n`-th request: the shares of SCRIPTS, spread evenly over consecutive numbers. */
export const scriptOf = (n: number): Script => {
  // A stride coprime with 1,000 spreads each script's per-mille evenly over any run of numbers.
  let slot = (n * 387) % 1000;
  for (const script of SCRIPTS) {
    if (slot < script.perMille) return script;
    slot -= script.perMille;
  }
  return SCRIPTS[SCRIPTS.length - 1] as Script;
};

const actorOf = (command: EnterpriseRequestCommand): { id: string; role: string } => {
  const by = command.by;
  switch (by.kind) {
    case 'unit-staff':
      return {
        id: by.staffId,
        role: by.unitId.startsWith('centre-') ? 'service-staff' : 'department-handler',
      };
    case 'supervisor':
      return { id: by.staffId, role: 'supervisor' };
    case 'enterprise':
      return { id: by.creditCode, role: 'kiosk-enterprise' };
    case 'scheduler':
      return { id: 'appeals-deadline-scheduler', role: 'system' };
  }
};

export interface PlayedHistory {
  readonly append: StreamAppend;
  /** The script's steps the decider refused (the history stops at the first). */
  readonly refused: string | null;
  readonly state: EnterpriseRequestState;
}

/**
 * Plays one request's script through the appeals decider, each step decided on its own working day at
 * 10:00 China time (a minute later per step) and folded with `evolve`, exactly as `CommandHandler` decides
 * it; the events get the envelope the command handler gives them (a causation id per command, the actor,
 * the decision's instant). Steps after `today` are not played: the request is younger than its script.
 */
export class RequestHistoryPlayer {
  private readonly calendar = createOfficialWorkingDayCalendar();
  private readonly workingDays: CalendarDate[];
  private readonly indexOfDay = new Map<CalendarDate, number>();

  constructor(
    private readonly ids: IdGenerator,
    private readonly today: CalendarDate,
    /** Working days the requests are filed over, ending `today`. */
    private readonly spreadDays = 250,
  ) {
    const first = fromEpochDay(toEpochDay(today) - Math.ceil((spreadDays * 7) / 5) - 30);
    this.workingDays = workingDaysBetween(this.calendar, first, today).slice(-spreadDays);
    this.workingDays.forEach((day, i) => this.indexOfDay.set(day, i));
  }

  /** The filing day of the `n`-th request: spread over the year, the short scripts over the last two weeks. */
  filingDayOf(n: number, script: Script): number {
    const days = this.workingDays.length;
    if (script.span <= 4) return days - 1 - (n % 10);
    return Math.floor((((n * 7919) % 1_000_003) / 1_000_003) * days);
  }

  play(seed: RequestSeed): PlayedHistory {
    const script = scriptOf(seed.n);
    const filedOn = this.filingDayOf(seed.n, script);
    const lastDay = this.workingDays.length - 1;
    let state = enterpriseRequestDecider.initialState();
    const events: NewEvent[] = [];
    let refused: string | null = null;
    const steps = script.steps(seed);
    for (const [index, [day, command]] of steps.entries()) {
      const dayIndex = filedOn + day;
      if (dayIndex > lastDay) break;
      const date = this.workingDays[dayIndex] as CalendarDate;
      const now = new Date(Date.parse(`${date}T02:00:00Z`) + index * 60_000);
      const context: AppealsDecisionContext = {
        now,
        calendar: this.calendar,
        policy: DEFAULT_APPEALS_POLICY,
        actorConflicts: [],
      };
      const decision = enterpriseRequestDecider.decide(command, state, context);
      if (decision.outcome === 'rejected') {
        refused = `${command.type}: ${decision.error.code}`;
        break;
      }
      const actor = actorOf(command);
      const causationId = this.ids.next();
      for (const event of decision.events as readonly EnterpriseRequestEvent[]) {
        state = enterpriseRequestDecider.evolve(state, event);
        events.push({
          eventId: this.ids.next(),
          type: event.type,
          schemaVersion: 1,
          data: event.data,
          metadata: {
            correlationId: `bench-scale:${seed.requestId}:${index}`,
            causationId,
            actorId: actor.id,
            actorRole: actor.role,
            occurredAt: now.toISOString(),
          },
        });
      }
    }
    return {
      append: { streamId: enterpriseRequestStreamId(seed.requestId), events, expectedRevision: 'no_stream' },
      refused,
      state,
    };
  }
}
