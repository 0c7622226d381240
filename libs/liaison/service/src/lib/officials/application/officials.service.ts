import { Inject, Injectable } from '@nestjs/common';
import {
  type OfficialCommand,
  type OfficialEvent,
  type OfficialProfile,
  type OfficialState,
  officialDecider,
  officialStreamId,
} from '@qinqing/liaison/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { Jurisdictions } from '../../application/deployment-jurisdiction';

/** A profile as the API shows it: the jurisdiction in force (the deployment's when none was recorded). */
export type OfficialView = OfficialProfile & { readonly jurisdiction: string };

/**
 * Officials' liaison profiles (unit, superior, jurisdiction). `superiorOf` and `jurisdictionOf` are what
 * interaction filings ask: who approves this official's filings, and whose settings decide them. They read the official's own stream, so the answer is current the moment an
 * administrator changes the superior (no read model lag on an approval path).
 */
@Injectable()
export class OfficialsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: Jurisdictions,
  ) {}

  /**
   * A named jurisdiction must be a province, city or county the dataset knows; a registration naming none is
   * under the deployment's, a change naming none keeps the recorded one.
   */
  async execute(command: OfficialCommand, metadata: CommandMetadata): Promise<OfficialView> {
    if (command.jurisdiction !== undefined)
      this.jurisdictions.requireKnown(command.jurisdiction, 'jurisdiction');
    const result = await this.commands.handle(
      officialDecider,
      officialStreamId(command.accountId),
      command,
      metadata,
    );
    const state = result.state;
    if (state.status !== 'registered') throw new Error('A registered official folds to a profile');
    return this.view(state);
  }

  /** What a registration naming no jurisdiction records: LIAISON_JURISDICTION. */
  get deploymentJurisdiction(): string {
    return this.jurisdictions.deployment;
  }

  private view({
    status: _status,
    jurisdiction,
    ...profile
  }: Extract<OfficialState, { status: 'registered' }>): OfficialView {
    return { ...profile, jurisdiction: jurisdiction ?? this.jurisdictions.deployment };
  }

  /** The official's profile, or null when no administrator registered the account as an official. */
  async profile(accountId: string): Promise<OfficialView | null> {
    const events = await this.store.readStream(officialStreamId(accountId));
    const state = events.reduce(
      (s, e) => officialDecider.evolve(s, { type: e.type, data: e.data } as OfficialEvent),
      officialDecider.initialState(),
    );
    if (state.status !== 'registered') return null;
    return this.view(state);
  }

  /**
   * The jurisdiction whose settings decide this account's filings: the one on their profile, the deployment's
   * for an account with no profile (or one recorded before jurisdictions were). Never what a request names.
   */
  async jurisdictionOf(accountId: string): Promise<string> {
    return (await this.profile(accountId))?.jurisdiction ?? this.jurisdictions.deployment;
  }

  /** The account that approves this official's filings, or null for an account that is no official. */
  async superiorOf(accountId: string): Promise<string | null> {
    return (await this.profile(accountId))?.superiorAccountId ?? null;
  }
}
