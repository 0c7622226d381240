import { Inject, Injectable } from '@nestjs/common';
import {
  PAIRING_REGISTER_STREAM_ID,
  type Pairing,
  type PairingRegisterCommand,
  type PairingRegisterEvent,
  type PairingRegisterState,
  pairingRegisterDecider,
} from '@qinqing/liaison/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { DeclarationsService } from '../../integrity/declarations/declarations.service';
import { LiaisonSettingsService } from './liaison-settings.service';

/**
 * The jurisdiction's pairing register: one stream, one decider, so both limits (per official, per
 * enterprise) are decided on one state and the append's expected revision settles any race — two
 * administrators pairing at once: one appends, the other re-reads and is decided again on the new state.
 */
@Injectable()
export class PairingRegisterService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly settings: LiaisonSettingsService,
    private readonly declarations: DeclarationsService,
  ) {}

  async execute(command: PairingRegisterCommand, metadata: CommandMetadata): Promise<Pairing> {
    const result = await this.commands.handle(
      pairingRegisterDecider,
      PAIRING_REGISTER_STREAM_ID,
      command,
      metadata,
      {
        settings: await this.settings.current(),
        // A pairing that touches the official's declared relations or a recusal is blocked (回避, 晋江 四).
        ...(command.type === 'PairOfficial'
          ? {
              conflicts: await this.declarations.conflicts(command.officialId, command.enterprise.creditCode),
            }
          : {}),
      },
    );
    const pairing = result.state.pairings[command.pairingId];
    if (pairing === undefined)
      throw new Error('An accepted pairing command leaves the pairing in the register');
    return pairing;
  }

  /** The register as the stream holds it now (read fresh: a visit is checked against the current pairing). */
  async current(): Promise<PairingRegisterState> {
    const events = await this.store.readStream(PAIRING_REGISTER_STREAM_ID);
    return events.reduce(
      (s, e) => pairingRegisterDecider.evolve(s, { type: e.type, data: e.data } as PairingRegisterEvent),
      pairingRegisterDecider.initialState(),
    );
  }

  async pairing(pairingId: string): Promise<Pairing | null> {
    return (await this.current()).pairings[pairingId] ?? null;
  }
}
