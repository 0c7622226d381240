import { type DynamicModule, Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { CalendarInForce } from '@qinqing/calendar/domain';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { ContextRegistry, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { CalendarController, CalendarLoadController } from './calendar.controller';
import {
  CALENDAR_REGISTRY,
  type CalendarRole,
  OwnedCalendarRegistry,
  ReplicaCalendarRegistry,
} from './calendar-registry';
import { CalendarService } from './calendar.service';
import { calendarIntegrationMapper } from './integration/calendar-integration.mapper';
import { holidaySchedulesReplica } from './replica/holiday-schedules.replica';
import { ReplicatedNotices } from './replica/replicated-notices';

/**
 * The owner (the service the gateway sends `/api/calendar` to; the one-process app) loads notices and
 * publishes them; a replica (any other service that counts working days) names its context, for its
 * consumer's name, and follows them.
 */
export type CalendarModuleOptions =
  | { readonly role: Extract<CalendarRole, 'owner'> }
  | { readonly role: Extract<CalendarRole, 'replica'>; readonly context: string };

/** The owner publishes the notices its registry records. */
@Injectable()
class CalendarPublication implements OnModuleInit {
  constructor(private readonly registry: ContextRegistry) {}

  onModuleInit(): void {
    this.registry.registerMapper(calendarIntegrationMapper);
  }
}

/** The working-day calendar for every context (the `CalendarInForce` port), and its public endpoints. */
@Global()
@Module({})
export class CalendarModule {
  static forRoot(options: CalendarModuleOptions): DynamicModule {
    const shared = [CalendarService, { provide: CalendarInForce, useExisting: CalendarService }];
    const exports = [CalendarService, CalendarInForce];
    if (options.role === 'owner') {
      return {
        module: CalendarModule,
        controllers: [CalendarController, CalendarLoadController],
        providers: [
          ...shared,
          CalendarPublication,
          {
            provide: CALENDAR_REGISTRY,
            inject: [EVENT_STORE],
            useFactory: (store: EventStore) => new OwnedCalendarRegistry(store),
          },
        ],
        exports,
      };
    }
    return {
      module: CalendarModule,
      controllers: [CalendarController, holidaySchedulesReplica(options.context)],
      providers: [
        ...shared,
        ReplicatedNotices,
        {
          provide: CALENDAR_REGISTRY,
          inject: [EVENT_STORE, ReplicatedNotices],
          useFactory: (store: EventStore, notices: ReplicatedNotices) =>
            new ReplicaCalendarRegistry(store, notices),
        },
      ],
      exports,
    };
  }
}
