import { Global, Module } from '@nestjs/common';
import { CalendarInForce } from '@qinqing/calendar/domain';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The working-day calendar for every context (the `CalendarInForce` port), and its public endpoints. */
@Global()
@Module({
  controllers: [CalendarController],
  providers: [CalendarService, { provide: CalendarInForce, useExisting: CalendarService }],
  exports: [CalendarService, CalendarInForce],
})
export class CalendarModule {}
