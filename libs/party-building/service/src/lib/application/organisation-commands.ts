import { Inject, Injectable } from '@nestjs/common';
import { CalendarInForce } from '@qinqing/calendar/domain';
import {
  type OrganisationCommand,
  type OrganisationContext,
  organisationDecider,
  organisationStreamId,
} from '@qinqing/party-building/domain';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { PARTY_BUILDING_OPTIONS, type PartyBuildingOptions } from '../party-building.env';

/** Organisation commands with what their decisions need: the working-day calendar in force and the deadline. */
@Injectable()
export class OrganisationCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(PARTY_BUILDING_OPTIONS) private readonly options: PartyBuildingOptions,
    private readonly calendar: CalendarInForce,
  ) {}

  async handle(creditCode: string, command: OrganisationCommand, metadata: CommandMetadata) {
    const context: Omit<OrganisationContext, 'now'> = {
      calendar: await this.calendar.current(),
      alertWorkingDays: this.options.alertWorkingDays,
      termYears: this.options.termYears,
    };
    return this.commands.handle(
      organisationDecider,
      organisationStreamId(creditCode),
      command,
      metadata,
      context,
    );
  }
}
