import { Inject, Injectable } from '@nestjs/common';
import {
  type OfficialCommand,
  type OfficialEvent,
  type OfficialProfile,
  officialDecider,
  officialStreamId,
} from '@qinqing/liaison/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';

/**
 * Officials' liaison profiles (unit, superior). `superiorOf` is what interaction filings ask: who approves
 * this official's filings. It reads the official's own stream, so the answer is current the moment an
 * administrator changes the superior (no read model lag on an approval path).
 */
@Injectable()
export class OfficialsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(command: OfficialCommand, metadata: CommandMetadata): Promise<OfficialProfile> {
    const result = await this.commands.handle(
      officialDecider,
      officialStreamId(command.accountId),
      command,
      metadata,
    );
    const state = result.state;
    if (state.status !== 'registered') throw new Error('A registered official folds to a profile');
    const { status: _status, ...profile } = state;
    return profile;
  }

  /** The official's profile, or null when no administrator registered the account as an official. */
  async profile(accountId: string): Promise<OfficialProfile | null> {
    const events = await this.store.readStream(officialStreamId(accountId));
    const state = events.reduce(
      (s, e) => officialDecider.evolve(s, { type: e.type, data: e.data } as OfficialEvent),
      officialDecider.initialState(),
    );
    if (state.status !== 'registered') return null;
    const { status: _status, ...profile } = state;
    return profile;
  }

  /** The account that approves this official's filings, or null for an account that is no official. */
  async superiorOf(accountId: string): Promise<string | null> {
    return (await this.profile(accountId))?.superiorAccountId ?? null;
  }
}
