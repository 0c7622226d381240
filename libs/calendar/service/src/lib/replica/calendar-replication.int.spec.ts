import {
  ForbiddenException,
  type INestApplication,
  Injectable,
  Module,
  type OnModuleInit,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CALENDAR_TOPIC, HolidayScheduleLoadedV1 } from '@qinqing/calendar/contracts';
import {
  type HolidayScheduleInput,
  parseCalendarDate,
  SCHEDULE_REGISTRY_STREAM_ID,
} from '@qinqing/calendar/domain';
import { type CloudEvent, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import {
  type CommandMetadata,
  type EventStore,
  type IntegrationEventMapper,
  type NewEvent,
  type SqlDatabase,
  UuidV7Generator,
} from '@qinqing/shared/event-sourcing';
import {
  ContextRegistry,
  EVENT_STORE,
  EventSourcingModule,
  IntegrationEventsServer,
  ObservabilityModule,
  SQL_DATABASE,
  startIntegrationEvents,
  type StorageOptions,
} from '@qinqing/shared/nest-platform';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CalendarModule } from '../calendar.module';
import { CalendarService } from '../calendar.service';
import { calendarIntegrationMapper } from '../integration/calendar-integration.mapper';
import { ReplicatedNotices } from './replicated-notices';

/**
 * Stands in for the bus between the two services: a CloudEvent stored on the replica's `wire` stream is
 * published there as the CloudEvent it carries, on the calendar's topic. Storing one twice is a relay resending.
 */
const WIRE_STREAM = 'wire-calendar';
const wireMapper: IntegrationEventMapper = {
  context: 'wire',
  map: (event) =>
    event.streamId === WIRE_STREAM
      ? {
          topic: CALENDAR_TOPIC,
          key: SCHEDULE_REGISTRY_STREAM_ID,
          cloudEvent: (event.data as { cloudEvent: CloudEvent }).cloudEvent,
        }
      : null,
};

@Injectable()
class WireRegistrar implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}
  onModuleInit(): void {
    this.registry.registerMapper(wireMapper);
  }
}

const ids = new UuidV7Generator();
const wireEvent = (cloudEvent: CloudEvent): NewEvent => ({
  eventId: ids.next(),
  type: 'PublishedCloudEvent',
  schemaVersion: 1,
  data: { cloudEvent },
  metadata: {
    correlationId: 'calendar-replication-test',
    causationId: null,
    actorId: 'test',
    actorRole: 'system',
    occurredAt: new Date().toISOString(),
  },
});

const admin: CommandMetadata = { correlationId: 'c-admin', actor: { id: 'admin-1', role: 'administrator' } };

/** The 2027 test notice, replaced by a later one that gives the Friday after 春节 back as a working day. */
const notice2027 = TEST_HOLIDAY_NOTICE_2027 as HolidayScheduleInput;
const revised2027: HolidayScheduleInput = {
  ...notice2027,
  source: { ...notice2027.source, documentNumber: '测试〔2026〕2号', publishedOn: '2026-11-20' },
  holidays: notice2027.holidays.map((holiday) =>
    holiday.name === '春节'
      ? { ...holiday, dates: holiday.dates.filter((d) => d !== '2027-02-12') }
      : holiday,
  ),
};

const FEB_FROM = parseCalendarDate('2027-02-01');
const FEB_TO = parseCalendarDate('2027-02-26');

const pglite = (name: string): StorageOptions => ({
  eventStore: 'pglite',
  dataDir: `memory://${name}-${process.pid}-${Date.now()}`,
});

const databaseUrl = inject('databaseUrl');

/** The replica's store: PGlite, and PostgreSQL when the run has one (its own database, dropped after). */
const replicaBackends: {
  readonly name: string;
  open(): Promise<{ readonly storage: StorageOptions; drop(): Promise<void> }>;
}[] = [
  {
    name: 'PGlite',
    open: async () => ({ storage: pglite('calendar-replica'), drop: async () => undefined }),
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            return {
              storage: { eventStore: 'postgres', databaseUrl: database.url } as const,
              drop: database.drop,
            };
          },
        },
      ]),
];

/**
 * Two services, each with its own store: the owner loads notices; the replica (liaison in the distributed mode)
 * gets them only through its consumer, over the real embedded transport — contract check, inbox, the table in
 * the inbox's transaction — and counts with them.
 */
describe.each(replicaBackends)('calendar replication to a replica over $name', (backend) => {
  let owner: INestApplication;
  let replica: INestApplication;
  let replicaBus: IntegrationEventsServer;
  let drop: () => Promise<void>;

  /** The owner's relay: every notice its registry holds, mapped as in production, onto the replica's bus. */
  const relayOwnersNotices = async (): Promise<void> => {
    const recorded = await owner.get<EventStore>(EVENT_STORE).readStream(SCHEDULE_REGISTRY_STREAM_ID);
    for (const event of recorded) {
      const outbound = calendarIntegrationMapper.map(event);
      if (outbound === null) throw new Error(`${event.type} is not published`);
      await replica
        .get<EventStore>(EVENT_STORE)
        .appendToStream(WIRE_STREAM, [wireEvent(outbound.cloudEvent)], { expectedRevision: 'any' });
    }
    await replicaBus.drain();
  };
  const arrived = async (): Promise<number> => {
    const { rows } = await replica
      .get<SqlDatabase>(SQL_DATABASE)
      .query<{ n: number }>('SELECT count(*)::int AS n FROM calendar_replicated_notices');
    return rows[0]?.n ?? -1;
  };

  beforeAll(async () => {
    const opened = await backend.open();
    drop = opened.drop;
    @Module({
      imports: [
        ObservabilityModule,
        EventSourcingModule.forRoot({ storage: pglite('calendar-owner') }),
        CalendarModule.forRoot({ role: 'owner' }),
      ],
    })
    class OwnerModule {}
    @Module({
      imports: [
        ObservabilityModule,
        EventSourcingModule.forRoot({ storage: opened.storage }),
        CalendarModule.forRoot({ role: 'replica', context: 'liaison' }),
      ],
      providers: [WireRegistrar],
    })
    class ReplicaModule {}
    owner = await NestFactory.create(OwnerModule, { logger: false, abortOnError: false });
    await owner.init();
    replica = await startIntegrationEvents(
      await NestFactory.create(ReplicaModule, { logger: false, abortOnError: false }),
    );
    replicaBus = replica.get(IntegrationEventsServer);
    await replica.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await replica?.close();
    await owner?.close();
    await drop?.();
  });

  it('counts with a notice the owner loaded once it arrives, exactly as the owner counts', async () => {
    const ownerCalendar = owner.get(CalendarService);
    const replicaCalendar = replica.get(CalendarService);
    const provisional = (await replicaCalendar.current()).countWorkingDays(FEB_FROM, FEB_TO);
    expect((await replicaCalendar.current()).isProvisionalYear(2027)).toBe(true);

    await ownerCalendar.load(notice2027, false, admin);
    const official = (await ownerCalendar.current()).countWorkingDays(FEB_FROM, FEB_TO);
    // The notice's bridge days off (9–12 February) are what the provisional calendar cannot know.
    expect(official).toBeLessThan(provisional);
    // Nothing reaches the replica but through its consumer.
    expect((await replicaCalendar.current()).countWorkingDays(FEB_FROM, FEB_TO)).toBe(provisional);

    await relayOwnersNotices();
    const calendar = await replicaCalendar.current();
    expect(calendar.isProvisionalYear(2027)).toBe(false);
    expect(calendar.countWorkingDays(FEB_FROM, FEB_TO)).toBe(official);
    expect((await replicaCalendar.schedules()).years).toContainEqual({
      year: 2027,
      source: notice2027.source,
    });
  });

  it('applies a redelivered notice once, and a replacement in the order the owner recorded it', async () => {
    await relayOwnersNotices(); // the relay resends the first notice
    expect(await arrived()).toBe(1);

    // Behind the inbox, the table too takes a CloudEvent id once.
    const [first] = await owner.get<EventStore>(EVENT_STORE).readStream(SCHEDULE_REGISTRY_STREAM_ID);
    const resent = first === undefined ? null : calendarIntegrationMapper.map(first);
    if (resent === null) throw new Error('the first notice is published');
    const db = replica.get<SqlDatabase>(SQL_DATABASE);
    await db.transaction((tx) =>
      replica.get(ReplicatedNotices).record(tx, parseCloudEvent(HolidayScheduleLoadedV1, resent.cloudEvent)),
    );
    expect(await arrived()).toBe(1);

    await owner.get(CalendarService).load(revised2027, true, admin);
    await relayOwnersNotices(); // the first again, then the replacement
    expect(await arrived()).toBe(2);
    const replicaCalendar = await replica.get(CalendarService).current();
    const ownerCalendar = await owner.get(CalendarService).current();
    expect(replicaCalendar.scheduleFor(2027)?.source.documentNumber).toBe('测试〔2026〕2号');
    expect(replicaCalendar.isWorkingDay(parseCalendarDate('2027-02-12'))).toBe(true);
    expect(replicaCalendar.countWorkingDays(FEB_FROM, FEB_TO)).toBe(
      ownerCalendar.countWorkingDays(FEB_FROM, FEB_TO),
    );
    expect(replicaBus.consumerStatus()).toEqual([
      expect.objectContaining({ name: 'consumer:liaison.holiday-schedules', lastError: null }),
    ]);
  });

  it('takes no load itself: no load endpoint, and the service refuses one from code', async () => {
    const url = await replica.getUrl();
    const response = await fetch(`${url.replace('[::1]', '127.0.0.1')}/calendar/schedules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notice2027),
    });
    expect(response.status).toBe(404);
    await expect(replica.get(CalendarService).load(notice2027, false, admin)).rejects.toThrow(
      ForbiddenException,
    );
    const ownStream = await replica.get<EventStore>(EVENT_STORE).readStream(SCHEDULE_REGISTRY_STREAM_ID);
    expect(ownStream).toEqual([]);
  });
});
