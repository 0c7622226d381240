import { Inject, Injectable } from '@nestjs/common';
import {
  type QueueDayCommand,
  queueDayDecider,
  type QueueDayEvent,
  type QueueDayState,
  queueDayStreamId,
  type QueueSetupCommand,
  queueSetupDecider,
  type QueueSetupState,
  queueSetupStreamId,
} from '@qinqing/service-centre/domain';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { QueueHub } from './queue-hub';
import { QueueReader } from './queue-reader';

/**
 * The walk-in queue's commands. A ticket, a call, a finish — every change of a day's queue — is decided on the
 * centre-day stream and appended at the revision it was read (the command handler retries on a conflict), so
 * two kiosks taking a ticket at the same moment get consecutive numbers, never the same one, and two counters
 * never call the same ticket. The centre's set-up is read fresh for each decision.
 */
@Injectable()
export class QueueCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly handler: CommandHandler,
    private readonly reader: QueueReader,
    private readonly hub: QueueHub,
  ) {}

  async configure(
    centreId: string,
    command: QueueSetupCommand,
    metadata: CommandMetadata,
  ): Promise<QueueSetupState> {
    const result = await this.handler.handle(
      queueSetupDecider,
      queueSetupStreamId(centreId),
      command,
      metadata,
    );
    await this.hub.changed(centreId);
    return result.state;
  }

  async decide(
    centreId: string,
    command: QueueDayCommand,
    metadata: CommandMetadata,
    day = this.reader.today(),
  ): Promise<{
    readonly state: QueueDayState;
    readonly events: readonly QueueDayEvent[];
    readonly setup: QueueSetupState;
  }> {
    const setup = await this.reader.setup(centreId);
    const result = await this.handler.handle(
      queueDayDecider,
      queueDayStreamId(centreId, day),
      command,
      metadata,
      { centreId, day, setup },
    );
    await this.hub.changed(centreId);
    return {
      state: result.state,
      events: result.events.map((e) => ({ type: e.type, data: e.data }) as QueueDayEvent),
      setup,
    };
  }
}
