import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  addDays,
  type CalendarDate,
  CalendarInForce,
  chinaDateOf,
  ScheduleNotLoadedError,
} from '@qinqing/calendar/domain';
import {
  honoursDecider,
  honoursRecommendationStreamId,
  type OrganisationContext,
  organisationDecider,
  organisationStreamId,
} from '@qinqing/party-building/domain';
import {
  type Clock,
  CommandHandler,
  type CommandMetadata,
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
import { PartyBuildingCreditRestrictions } from '../honours/party-building-credit-restrictions';
import { PARTY_BUILDING_OPTIONS, type PartyBuildingOptions } from '../party-building.env';
import { OrganisationScheduler } from '../scheduler/organisation-scheduler';
import { DEMO_HONOURS_RECOMMENDATION, DEMO_ORGANISATIONS } from './demo-organisations';

const STAFF = { id: 'party.lin', role: 'party-building-staff' } as const;

/** 10:00 China time on a day, never later than `now` (a record "today" before 10:00 was made a minute ago). */
const instantOn = (date: CalendarDate, now: Date): Date =>
  new Date(Math.min(Date.parse(`${date}T02:00:00Z`), now.getTime() - 60_000));

/**
 * Records the demo organisations (demo-organisations.ts) as party-building staff would, each on its own past
 * day (this seeder's clock is set to it, as appeals' demo seeder replays its requests), then lets the scheduler
 * escalate what is overdue and give the reminders due today; and records one honours recommendation, checked
 * against the credit-restrictions replica like the endpoint. Streams already there are left alone, so a
 * restart adds nothing. About a dozen events in all: every integration test boots with it. DEMO_DATA=true only.
 */
@Injectable()
export class PartyBuildingDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('PartyBuildingDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    @Inject(PARTY_BUILDING_OPTIONS) private readonly options: PartyBuildingOptions,
    private readonly calendar: CalendarInForce,
    private readonly host: EventSourcingHost,
    private readonly scheduler: OrganisationScheduler,
    @Inject(PartyBuildingCreditRestrictions)
    private readonly restrictions: InstanceType<typeof PartyBuildingCreditRestrictions>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const { organisations, recommendations } = await this.seed();
      if (organisations > 0) this.logger.log(`Seeded ${organisations} demo party organisation record(s)`);
      if (recommendations > 0) this.logger.log(`Seeded ${recommendations} demo honours recommendation(s)`);
    });
  }

  async seed(): Promise<{ readonly organisations: number; readonly recommendations: number }> {
    const now = this.clock.now();
    const today = chinaDateOf(now);
    const pastClock = new ManualClock(now);
    const handler = new CommandHandler({
      store: this.store,
      clock: pastClock,
      ids: this.ids,
      upcasters: this.upcasters,
    });
    const context: Omit<OrganisationContext, 'now'> = {
      calendar: await this.calendar.current(),
      alertWorkingDays: this.options.alertWorkingDays,
      termYears: this.options.termYears,
    };
    let organisations = 0;
    for (const demo of DEMO_ORGANISATIONS) {
      const organisation = demo.organisation(today);
      const streamId = organisationStreamId(organisation.creditCode);
      if ((await this.store.readStream(streamId)).length > 0) continue;
      pastClock.set(instantOn(addDays(today, -demo.daysAgo), now));
      try {
        await handler.handle(
          organisationDecider,
          streamId,
          { type: 'RecordOrganisation', organisation, recordedBy: STAFF.id },
          this.metadata(organisation.creditCode),
          context,
        );
        organisations++;
      } catch (error) {
        // An alert deadline reaching a year without a holiday notice is left out, not allowed to stop the app.
        if (!(error instanceof DomainRejectionError) && !(error instanceof ScheduleNotLoadedError))
          throw error;
        this.logger.warn(`Demo organisation of ${organisation.creditCode} left out: ${error.message}`);
      }
    }
    if (organisations > 0) {
      // The scheduler finds its work in the read model: bring it up to date, then escalate and remind.
      await this.host.settle();
      await this.scheduler.tick();
      await this.host.settle();
    }
    return { organisations, recommendations: await this.recommend(handler, pastClock, today, now) };
  }

  private async recommend(
    handler: CommandHandler,
    pastClock: ManualClock,
    today: CalendarDate,
    now: Date,
  ): Promise<number> {
    const { daysAgo, ...recommendation } = DEMO_HONOURS_RECOMMENDATION;
    const streamId = honoursRecommendationStreamId(recommendation.recommendationId);
    if ((await this.store.readStream(streamId)).length > 0) return 0;
    const on = addDays(today, -daysAgo);
    const restriction = await this.restrictions.inForce(recommendation.creditCode, 'honours', on);
    if (restriction !== null) {
      this.logger.warn(`Demo honours recommendation left out: ${recommendation.creditCode} is restricted`);
      return 0;
    }
    pastClock.set(instantOn(on, now));
    await handler.handle(
      honoursDecider,
      streamId,
      { type: 'RecommendForHonour', ...recommendation, recommendedBy: STAFF.id },
      this.metadata(recommendation.creditCode),
      { restriction: null },
    );
    return 1;
  }

  private metadata(creditCode: string): CommandMetadata {
    return { correlationId: `party-building-demo-data:${creditCode}`, actor: STAFF };
  }
}
