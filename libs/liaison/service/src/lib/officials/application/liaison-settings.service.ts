import { Inject, Injectable } from '@nestjs/common';
import {
  type ChangeLiaisonSettings,
  LIAISON_SETTINGS_STREAM_ID,
  type LiaisonSettings,
  type LiaisonSettingsEvent,
  liaisonSettingsDecider,
} from '@qinqing/liaison/domain';
import {
  CachedStreamFold,
  type CommandHandler,
  type CommandMetadata,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';

/** The jurisdiction's liaison settings in force (Hengkou's preset until an administrator changes them). */
@Injectable()
export class LiaisonSettingsService {
  private readonly settings: CachedStreamFold<LiaisonSettings>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {
    this.settings = new CachedStreamFold(
      store,
      LIAISON_SETTINGS_STREAM_ID,
      (events) =>
        events.reduce(
          (s, e) => liaisonSettingsDecider.evolve(s, { type: e.type, data: e.data } as LiaisonSettingsEvent),
          liaisonSettingsDecider.initialState(),
        ).settings,
    );
  }

  current(): Promise<LiaisonSettings> {
    return this.settings.current();
  }

  async change(
    settings: ChangeLiaisonSettings['settings'],
    reason: string,
    by: string,
    metadata: CommandMetadata,
  ): Promise<LiaisonSettings> {
    const result = await this.commands.handle(
      liaisonSettingsDecider,
      LIAISON_SETTINGS_STREAM_ID,
      { type: 'ChangeLiaisonSettings', settings, reason, by },
      metadata,
    );
    this.settings.remember(result.state.settings);
    return result.state.settings;
  }
}
