import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  CHECK_IN_CODE_ALPHABET,
  CHECK_IN_CODE_LENGTH,
  type CentreEventCommand,
  centreEventDecider,
  centreEventStreamId,
} from '@qinqing/service-centre/domain';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { AUDIENCE_DIRECTORY, type AudienceDirectory } from './audience-directory';

/** A check-in code: CHECK_IN_CODE_LENGTH characters of Crockford's base 32 from the CSPRNG (50 bits). */
export const drawCheckInCode = (): string =>
  Array.from(
    { length: CHECK_IN_CODE_LENGTH },
    () => CHECK_IN_CODE_ALPHABET[randomInt(CHECK_IN_CODE_ALPHABET.length)],
  ).join('');

/**
 * Centre-event commands with what their decisions need: a registration gets the enterprise's directory facts
 * (for the audience) through the AudienceDirectory port, and a fresh check-in code from the CSPRNG. One stream
 * per event: the places, the waiting list and "once per enterprise" are all decided on it.
 */
@Injectable()
export class CentreEventCommands {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(AUDIENCE_DIRECTORY) private readonly directory: AudienceDirectory,
  ) {}

  async handle(eventId: string, command: CentreEventCommand, metadata: CommandMetadata) {
    const enterprise =
      command.type === 'RegisterForCentreEvent' && validateUnifiedSocialCreditCode(command.creditCode).ok
        ? await this.directory.factsOf(normaliseCreditCode(command.creditCode))
        : null;
    return this.commands.handle(centreEventDecider, centreEventStreamId(eventId), command, metadata, {
      enterprise,
    });
  }
}
