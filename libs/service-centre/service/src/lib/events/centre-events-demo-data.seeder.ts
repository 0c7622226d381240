import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  type AudienceFacts,
  type CentreEventCommand,
  type CentreEventDetailsInput,
  centreEventDecider,
  centreEventStreamId,
} from '@qinqing/service-centre/domain';
import {
  type Clock,
  CommandHandler,
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
import { drawCheckInCode } from './centre-event-commands';

const STAFF = { id: 'staff.wang', role: 'service-staff' } as const;
const DAY = 86_400_000;

/** Liaison's demo enterprises as its directory has them (libs/liaison/service/src/lib/demo-data). */
const ENTERPRISES: Readonly<Record<string, AudienceFacts>> = {
  '91330203MA2H5K7P7A': {
    name: '宁波海曙甬创智能制造有限公司',
    industry: 'C3491',
    areaCode: '330203102',
    size: 'medium',
  },
  '91330203MA2GQ8R35N': {
    name: '宁波月湖纺织品进出口有限公司',
    industry: 'F5131',
    areaCode: '330203004',
    size: 'small',
  },
  '91330212MA2F7W4N38': {
    name: '宁波东钱湖港联物流有限公司',
    industry: 'G5431',
    areaCode: '330212103',
    size: 'medium',
  },
};

interface DemoEvent {
  readonly eventId: string;
  /** Days from today (China time) of the event, at `hour` China time. */
  readonly inDays: number;
  readonly hour: number;
  readonly hours: number;
  readonly details: Omit<CentreEventDetailsInput, 'startsAt' | 'endsAt'>;
  readonly registrations: readonly string[];
  /** Held in the past: who checked in, their ratings, then closed. */
  readonly held?: {
    readonly attended: readonly string[];
    readonly ratings: readonly (readonly [string, number, string])[];
  };
}

export const DEMO_CENTRE_EVENTS: readonly DemoEvent[] = [
  {
    eventId: '0193e000-0000-7000-8000-00000000e001',
    inDays: -12,
    hour: 9,
    hours: 2,
    details: {
      kind: 'policy-briefing',
      title: '2026年度惠企政策宣讲会',
      description: '解读研发费用加计扣除、稳岗返还等惠企政策，现场答疑。',
      place: '海曙亲清家园一楼报告厅',
      areaCode: '330203',
      capacity: 30,
      audience: null,
    },
    registrations: ['91330203MA2H5K7P7A', '91330203MA2GQ8R35N', '91330212MA2F7W4N38'],
    held: {
      attended: ['91330203MA2H5K7P7A', '91330203MA2GQ8R35N'],
      ratings: [
        ['91330203MA2H5K7P7A', 5, '政策讲得很清楚，希望多办'],
        ['91330203MA2GQ8R35N', 4, ''],
      ],
    },
  },
  {
    eventId: '0193e000-0000-7000-8000-00000000e002',
    inDays: 7,
    hour: 14,
    hours: 2.5,
    details: {
      kind: 'symposium',
      title: '海曙区政企恳谈会（制造业专场）',
      description: '区领导与制造业企业家面对面，听取企业诉求和建议。',
      place: '海曙亲清家园二楼会议室',
      areaCode: '330203',
      capacity: 20,
      audience: { industries: ['C'], areaCodes: ['330203'], sizes: [] },
    },
    registrations: [],
  },
  {
    eventId: '0193e000-0000-7000-8000-00000000e003',
    inDays: 10,
    hour: 15,
    hours: 1.5,
    details: {
      kind: 'course',
      title: '商桥微课堂：企业出口退税实务',
      description: '税务专家讲解出口退税申报流程和常见问题。',
      place: '海曙亲清家园三楼培训室',
      areaCode: '330203',
      capacity: 40,
      audience: null,
    },
    registrations: ['91330203MA2GQ8R35N', '91330212MA2F7W4N38'],
  },
  {
    eventId: '0193e000-0000-7000-8000-00000000e004',
    inDays: 14,
    hour: 9,
    hours: 3,
    details: {
      kind: 'legal-service',
      title: '商桥法律服务之家：劳动用工合规咨询',
      description: '律师现场解答劳动合同、社保和用工风险问题，一对一咨询。',
      place: '海曙亲清家园法律服务室',
      areaCode: '330203',
      capacity: 10,
      audience: null,
    },
    registrations: ['91330212MA2F7W4N38'],
  },
];

/** `hour` o'clock China time (UTC+8, no daylight saving) on the day `inDays` from now's China date. */
const instantOf = (now: Date, inDays: number, hour: number): Date => {
  const chinaMidnight = Math.floor((now.getTime() + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000;
  return new Date(chinaMidnight + inDays * DAY + hour * 3_600_000);
};

/**
 * The demo events (DEMO_DATA=true) through the decider and the command handler, as staff and kiosks would:
 * a policy briefing held twelve days ago (registered, checked in, rated, closed — its counts are published),
 * and three upcoming events (a 政企恳谈会 for Haishu's manufacturers, a 商桥微课堂 course and a legal service
 * session) with some registrations. The handler's clock is set to each step's time. Events already there are
 * left alone, so a restart adds nothing.
 */
@Injectable()
export class CentreEventsDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('CentreEventsDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const seeded = await this.seed();
      if (seeded > 0) this.logger.log(`Seeded ${seeded} demo centre event(s)`);
    });
  }

  async seed(): Promise<number> {
    const now = this.clock.now();
    const clock = new ManualClock(now);
    const handler = new CommandHandler({
      store: this.store,
      clock,
      ids: this.ids,
      upcasters: this.upcasters,
    });
    let seeded = 0;
    for (const demo of DEMO_CENTRE_EVENTS) {
      const streamId = centreEventStreamId(demo.eventId);
      if ((await this.store.readStream(streamId)).length > 0) continue;
      const startsAt = instantOf(now, demo.inDays, demo.hour);
      const endsAt = new Date(startsAt.getTime() + demo.hours * 3_600_000);
      const past = demo.held !== undefined;
      const step = async (at: Date, command: CentreEventCommand, enterprise: AudienceFacts | null = null) => {
        clock.set(at);
        await handler.handle(
          centreEventDecider,
          streamId,
          command,
          { correlationId: `centre-events-demo-data:${demo.eventId}`, actor: STAFF },
          { enterprise },
        );
      };
      const scheduledAt = past ? new Date(startsAt.getTime() - 20 * DAY) : new Date(now.getTime() - 60_000);
      await step(scheduledAt, {
        type: 'ScheduleCentreEvent',
        eventId: demo.eventId,
        details: { ...demo.details, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
        by: STAFF.id,
      });
      for (const [index, creditCode] of demo.registrations.entries())
        await step(
          new Date(scheduledAt.getTime() + (index + 1) * 1000),
          { type: 'RegisterForCentreEvent', creditCode, channel: 'console', checkInCode: drawCheckInCode() },
          ENTERPRISES[creditCode] ?? null,
        );
      if (demo.held !== undefined) {
        for (const [index, creditCode] of demo.held.attended.entries())
          await step(new Date(startsAt.getTime() - 10 * 60_000 + index * 1000), {
            type: 'CheckInToCentreEvent',
            by: { creditCode },
            channel: 'console',
          });
        for (const [index, [creditCode, rating, comment]] of demo.held.ratings.entries())
          await step(new Date(endsAt.getTime() + (index + 1) * 60_000), {
            type: 'GiveCentreEventFeedback',
            creditCode,
            rating,
            comment,
          });
        await step(new Date(endsAt.getTime() + DAY), { type: 'CloseCentreEvent', by: STAFF.id });
      }
      seeded++;
    }
    return seeded;
  }
}
