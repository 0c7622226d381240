import { Inject, Injectable } from '@nestjs/common';
import {
  type ClosingLiftReason,
  documentNumberKey,
  restrictionDecider,
  restrictionStreamId,
} from '@qinqing/credit/domain';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import {
  RESTRICTION_SETTINGS,
  type RestrictionSettingsProvider,
} from '../../reactors/restrictions/restriction-settings';

/**
 * Lifts a record's restriction for good when the record is repaired (信用修复) or withdrawn (撤销), on the day it
 * happened. Idempotent: a second lift, or a lift of a record that restricts nothing, appends nothing.
 */
@Injectable()
export class RestrictionLifter {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(RESTRICTION_SETTINGS) private readonly settings: RestrictionSettingsProvider,
  ) {}

  async lift(
    documentNumber: string,
    reason: ClosingLiftReason,
    liftedOn: string,
    metadata: CommandMetadata,
  ): Promise<void> {
    await this.commands.handle(
      restrictionDecider,
      restrictionStreamId(documentNumberKey(documentNumber)),
      { type: 'LiftRestriction', documentNumber, reason, liftedOn },
      metadata,
      { settings: this.settings.current() },
    );
  }
}
