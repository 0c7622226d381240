import { Inject, Injectable } from '@nestjs/common';
import {
  PAIRING_REGISTER_STREAM_ID,
  type Pairing,
  type PairingRegisterCommand,
  type PairingRegisterEvent,
  type PairingRegisterState,
  pairingRegisterDecider,
} from '@qinqing/liaison/domain';
import type { RestrictionsLookup } from '@qinqing/credit/replica';
import type { Clock, CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { chinaDateOf } from '@qinqing/liaison/domain';
import { DeclarationsService } from '../../integrity/declarations/declarations.service';
import { LiaisonCreditRestrictions } from '../consumers/credit-restrictions.replica';
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
    @Inject(LiaisonCreditRestrictions) private readonly restrictions: RestrictionsLookup,
    @Inject(CLOCK) private readonly clock: Clock,
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
              creditRestriction: await this.restrictionOn(command.enterprise.creditCode, command.startDate),
            }
          : {}),
      },
    );
    const pairing = result.state.pairings[command.pairingId];
    if (pairing === undefined)
      throw new Error('An accepted pairing command leaves the pairing in the register');
    return pairing;
  }

  /**
   * A credit restriction for pairing as a key enterprise (一处失信、处处受限), from liaison's replica of credit's
   * events: in force today, or on the start date when the pairing starts later.
   */
  private restrictionOn(creditCode: unknown, startDate: unknown) {
    if (typeof creditCode !== 'string') return Promise.resolve(null);
    const today = chinaDateOf(this.clock.now());
    const date = typeof startDate === 'string' && startDate > today ? startDate : today;
    return this.restrictions.inForce(creditCode, 'key-enterprise-pairing', date);
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
