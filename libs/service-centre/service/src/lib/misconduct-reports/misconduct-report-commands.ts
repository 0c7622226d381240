import { Inject, Injectable } from '@nestjs/common';
import { CalendarInForce } from '@qinqing/calendar/domain';
import {
  type MisconductReportCommand,
  misconductReportDecider,
  misconductReportStreamId,
} from '@qinqing/service-centre/domain';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { SERVICE_CENTRE_OPTIONS, type ServiceCentreOptions } from '../service-centre.env';

/** Report commands with what their decisions need: the working-day calendar in force and the escalation days. */
@Injectable()
export class MisconductReportCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(SERVICE_CENTRE_OPTIONS) private readonly options: ServiceCentreOptions,
    private readonly calendar: CalendarInForce,
  ) {}

  async handle(reportId: string, command: MisconductReportCommand, metadata: CommandMetadata) {
    return this.commands.handle(
      misconductReportDecider,
      misconductReportStreamId(reportId),
      command,
      metadata,
      {
        calendar: await this.calendar.current(),
        escalationWorkingDays: this.options.reportEscalationWorkingDays,
      },
    );
  }
}
