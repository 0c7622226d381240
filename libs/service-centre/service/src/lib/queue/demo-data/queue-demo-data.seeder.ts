import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays, chinaDateOf } from '@qinqing/calendar/domain';
import {
  type QueueDayCommand,
  queueDayDecider,
  queueDayStreamId,
  queueSetupDecider,
  type QueueSetupState,
  queueSetupStreamId,
} from '@qinqing/service-centre/domain';
import {
  type Clock,
  CommandHandler,
  type CommandMetadata,
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
import { newTicketCode } from '../queue-ids';
import { QueueReader } from '../queue-reader';
import { DEMO_QUEUE_COUNTERS, DEMO_QUEUE_SERVICES, DEMO_YESTERDAY_VISITS } from './demo-queue';

/** The demo centres of identity's demo catalogue (identity-demo-data.ts): fixed ids, as other demo data uses them. */
const DEMO_CENTRES = ['centre-haishu', 'centre-yinzhou'] as const;

/** The demo centres are district centres of 海曙区 and 鄞州区. */
const DEMO_CENTRE_AREAS = {
  'centre-haishu': { level: 'district', areaCode: '330203' },
  'centre-yinzhou': { level: 'district', areaCode: '330212' },
} as const;
const ADMIN = { id: 'admin', role: 'administrator' } as const;
const STAFF = { id: 'staff.wang', role: 'service-staff' } as const;

/**
 * Sets up the walk-in queue of the demo centres through the real command path — five services, four counters
 * (one closed) — and, at the first centre, replays six of yesterday's visits (taken, called, finished, most of
 * them rated) on yesterday's stream with this seeder's own clock, so the manager's dashboard has figures.
 * Today's queue stays empty. A centre already set up is left alone, so a restart adds nothing. DEMO_DATA=true only.
 */
@Injectable()
export class QueueDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('QueueDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    private readonly reader: QueueReader,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const centres = await this.seed();
      if (centres > 0) this.logger.log(`Set up the walk-in queue of ${centres} demo centre(s)`);
    });
  }

  async seed(): Promise<number> {
    const now = this.clock.now();
    const pastClock = new ManualClock(now);
    const handler = new CommandHandler({
      store: this.store,
      clock: pastClock,
      ids: this.ids,
      upcasters: this.upcasters,
    });
    let seeded = 0;
    for (const centreId of DEMO_CENTRES) {
      if ((await this.store.readStream(queueSetupStreamId(centreId))).length > 0) continue;
      // Set up a day earlier, so yesterday's visits find the services there.
      pastClock.set(new Date(now.getTime() - 2 * 86_400_000));
      await handler.handle(
        queueSetupDecider,
        queueSetupStreamId(centreId),
        { type: 'SetCentreArea', centreId, ...DEMO_CENTRE_AREAS[centreId], setBy: ADMIN.id },
        this.metadata(ADMIN, centreId),
      );
      for (const service of DEMO_QUEUE_SERVICES)
        await handler.handle(
          queueSetupDecider,
          queueSetupStreamId(centreId),
          { type: 'SetQueueService', centreId, ...service, active: true, setBy: ADMIN.id },
          this.metadata(ADMIN, centreId),
        );
      for (const counter of DEMO_QUEUE_COUNTERS)
        await handler.handle(
          queueSetupDecider,
          queueSetupStreamId(centreId),
          { type: 'SetQueueCounter', centreId, ...counter, setBy: ADMIN.id },
          this.metadata(ADMIN, centreId),
        );
      if (centreId === DEMO_CENTRES[0]) await this.yesterday(handler, pastClock, centreId, now);
      seeded++;
    }
    return seeded;
  }

  private async yesterday(handler: CommandHandler, clock: ManualClock, centreId: string, now: Date) {
    const day = addDays(chinaDateOf(now), -1);
    const setup: QueueSetupState = await this.reader.setup(centreId);
    const streamId = queueDayStreamId(centreId, day);
    // 09:00 China time is 01:00 UTC.
    const at = (minutes: number) => new Date(Date.parse(`${day}T01:00:00Z`) + minutes * 60_000);
    const run = async (minutes: number, command: QueueDayCommand) => {
      clock.set(at(minutes));
      return handler.handle(queueDayDecider, streamId, command, this.metadata(STAFF, centreId), {
        centreId,
        day,
        setup,
      });
    };
    for (const visit of DEMO_YESTERDAY_VISITS) {
      const ticketId = this.ids.next();
      const code = newTicketCode();
      await run(visit.takenAt, {
        type: 'TakeTicket',
        ticketId,
        serviceId: visit.serviceId,
        priority: visit.priority,
        code,
        takenBy: 'kiosk-haishu-01',
      });
      const counter = DEMO_QUEUE_COUNTERS.find(
        (c) => c.open && (c.serviceIds as readonly string[]).includes(visit.serviceId),
      );
      if (counter === undefined) continue;
      await run(visit.takenAt + visit.waited, {
        type: 'CallNextTicket',
        counterId: counter.counterId,
        by: STAFF.id,
      });
      await run(visit.takenAt + visit.waited + visit.served, {
        type: 'FinishVisit',
        counterId: counter.counterId,
        by: STAFF.id,
      });
      if (visit.rating !== null)
        await run(visit.takenAt + visit.waited + visit.served + 1, {
          type: 'RateVisit',
          ticketId,
          code,
          rating: visit.rating,
        });
    }
  }

  private metadata(actor: { id: string; role: string }, centreId: string): CommandMetadata {
    return { correlationId: `service-centre-queue-demo-data:${centreId}`, actor };
  }
}
