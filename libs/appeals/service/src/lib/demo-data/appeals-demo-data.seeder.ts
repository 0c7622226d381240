import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  type AppealsPolicy,
  chinaDateOf,
  enterpriseRequestDecider,
  type EnterpriseRequestEvent,
  enterpriseRequestStreamId,
  type OriginalRequestFacts,
  originalFactsOf,
} from '@qinqing/appeals/domain';
import {
  addDays,
  type CalendarDate,
  CalendarInForce,
  ScheduleNotLoadedError,
  type WorkingDayCalendar,
} from '@qinqing/calendar/domain';
import {
  type Clock,
  CommandHandler,
  DomainRejectionError,
  type EventStore,
  type IdGenerator,
  ManualClock,
  type UpcasterRegistry,
} from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  EVENT_STORE,
  EventSourcingHost,
  ID_GENERATOR,
  UPCASTERS,
} from '@qinqing/shared/nest-platform';
import { AppealsPolicyService } from '../application/appeals-policy.service';
import { DeadlineScheduler } from '../scheduler/deadline-scheduler';
import { DEMO_REQUESTS, DEMO_ROLES } from './demo-requests';

/** The working day `n` working days before `today` (today itself when n = 0). */
const workingDaysBefore = (calendar: WorkingDayCalendar, today: CalendarDate, n: number): CalendarDate => {
  let date = today;
  for (let left = n; left > 0;) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
};

/**
 * 10:00 China time on a day, plus a minute per step so a day's steps keep their order; never later than
 * `now` (a step "today" before 10:00 happened a few minutes ago).
 */
const instantOn = (date: CalendarDate, step: number, now: Date): Date =>
  new Date(Math.min(Date.parse(`${date}T02:00:00Z`) + step * 60_000, now.getTime() - (30 - step) * 60_000));

/**
 * Replays a believable history of requests into an empty store, each step at its own past date (the clock
 * of this seeder is set to that date, exactly as if staff had acted then), then lets the deadline scheduler
 * find what is overdue today. Requests that already exist are left alone. Runs only with DEMO_DATA=true.
 */
@Injectable()
export class AppealsDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('AppealsDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    private readonly calendar: CalendarInForce,
    private readonly policy: AppealsPolicyService,
    private readonly host: EventSourcingHost,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.seed();
    if (seeded > 0) this.logger.log(`Seeded ${seeded} demo request(s) at centre-haishu`);
  }

  async seed(): Promise<number> {
    const calendar = await this.calendar.current();
    const policy = await this.policy.current();
    const today = chinaDateOf(this.clock.now());
    const dateOf = (n: number) => workingDaysBefore(calendar, today, n);
    const pastClock = new ManualClock(this.clock.now());
    const handler = new CommandHandler({
      store: this.store,
      clock: pastClock,
      ids: this.ids,
      upcasters: this.upcasters,
    });
    let seeded = 0;
    // The history reads no read model: they catch up with all of it at the settle below.
    await this.host.withoutWakes(async () => {
      for (const request of DEMO_REQUESTS) {
        const streamId = enterpriseRequestStreamId(request.requestId);
        if ((await this.store.readStream(streamId)).length > 0) continue;
        try {
          await this.replay(request, streamId, handler, pastClock, dateOf, calendar, policy);
          seeded++;
        } catch (error) {
          // A request whose deadlines reach a year without a loaded holiday notice (e.g. started in late
          // December before the next year's notice is loaded) is left out, not allowed to stop the app.
          if (!(error instanceof DomainRejectionError) && !(error instanceof ScheduleNotLoadedError))
            throw error;
          this.logger.warn(`Demo request ${request.requestId} left out: ${error.message}`);
        }
      }
    });
    if (seeded > 0) {
      // Bring the read models up to date, then let the scheduler record what is overdue or unclaimed today.
      await this.host.settle();
      await this.scheduler.tick();
      await this.host.settle();
    }
    return seeded;
  }

  private async originalFacts(requestId: string): Promise<OriginalRequestFacts | null> {
    const history = await this.store.readStream(enterpriseRequestStreamId(requestId));
    const state = history.reduce(
      (s, e) => enterpriseRequestDecider.evolve(s, { type: e.type, data: e.data } as EnterpriseRequestEvent),
      enterpriseRequestDecider.initialState(),
    );
    return originalFactsOf(state);
  }

  /** Replays one demo request's steps, each at its own past instant. */
  private async replay(
    request: (typeof DEMO_REQUESTS)[number],
    streamId: string,
    handler: CommandHandler,
    pastClock: ManualClock,
    dateOf: (workingDaysAgo: number) => CalendarDate,
    calendar: WorkingDayCalendar,
    policy: AppealsPolicy,
  ): Promise<void> {
    for (const [index, step] of request.steps.entries()) {
      pastClock.set(instantOn(dateOf(step.workingDaysAgo), index, this.clock.now()));
      const written = typeof step.command === 'function' ? step.command(dateOf) : step.command;
      // A duplicate is decided against its original as stored, like at the endpoint.
      const command =
        written.type === 'MarkDuplicate'
          ? { ...written, original: await this.originalFacts(written.originalRequestId) }
          : written;
      const actorId =
        'staffId' in command.by
          ? command.by.staffId
          : command.by.kind === 'enterprise'
            ? command.by.creditCode
            : 'demo';
      await handler.handle(
        enterpriseRequestDecider,
        streamId,
        command,
        {
          correlationId: `appeals-demo-data:${request.requestId}:${index}`,
          actor: {
            id: actorId,
            role: DEMO_ROLES[actorId] ?? (command.by.kind === 'enterprise' ? 'kiosk-enterprise' : 'system'),
          },
        },
        // The demo history is seeded before anyone has declared a conflict of interest.
        { calendar, policy, actorConflicts: [] },
      );
    }
  }
}
