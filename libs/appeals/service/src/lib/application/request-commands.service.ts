import { Inject, Injectable } from '@nestjs/common';
import {
  type EnterpriseRequestCommand,
  type EnterpriseRequestEvent,
  type EnterpriseRequestState,
  enterpriseRequestDecider,
  enterpriseRequestStreamId,
  type OriginalRequestFacts,
  originalFactsOf,
  recusingActorOf,
  type StaffConflict,
} from '@qinqing/appeals/domain';
import { CalendarInForce } from '@qinqing/calendar/domain';
import type {
  CommandHandler,
  CommandMetadata,
  CommandResult,
  EventStore,
} from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { StaffConflictsReplica } from '../consumers/liaison-conflicts/staff-conflicts.replica';
import { AppealsPolicyService } from './appeals-policy.service';

/**
 * Runs request commands with the calendar and policy in force and the acting staff member's conflicts of interest
 * (liaison's declarations, as replicated here), and loads a request's current state.
 */
@Injectable()
export class RequestCommandsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly calendar: CalendarInForce,
    private readonly policy: AppealsPolicyService,
    private readonly conflicts: StaffConflictsReplica,
  ) {}

  async execute(
    requestId: string,
    command: EnterpriseRequestCommand,
    metadata: CommandMetadata,
  ): Promise<CommandResult<EnterpriseRequestEvent, EnterpriseRequestState>> {
    return this.commands.handle(
      enterpriseRequestDecider,
      enterpriseRequestStreamId(requestId),
      command,
      metadata,
      await this.contextOf(command),
    );
  }

  /**
   * `execute` for a request whose id was made just now (a filing): its stream cannot exist yet, so it is not
   * read (`CommandHandler.handleNew`).
   */
  async executeNew(
    requestId: string,
    command: EnterpriseRequestCommand,
    metadata: CommandMetadata,
  ): Promise<CommandResult<EnterpriseRequestEvent, EnterpriseRequestState>> {
    return this.commands.handleNew(
      enterpriseRequestDecider,
      enterpriseRequestStreamId(requestId),
      command,
      metadata,
      await this.contextOf(command),
    );
  }

  private async contextOf(command: EnterpriseRequestCommand) {
    return {
      calendar: await this.calendar.current(),
      policy: await this.policy.current(),
      actorConflicts: await this.conflictsOf(command),
    };
  }

  /**
   * What the acting staff member must keep away from; nothing (and no read) where the decider's recusal rule
   * cannot apply: a filing, the enterprise, the scheduler.
   */
  private async conflictsOf(command: EnterpriseRequestCommand): Promise<readonly StaffConflict[]> {
    const by = recusingActorOf(command);
    return by === null ? [] : this.conflicts.of(by.staffId);
  }

  /** What a duplicate's decision needs of the request it points at (null: no such request). */
  async originalFacts(requestId: string): Promise<OriginalRequestFacts | null> {
    const loaded = await this.load(requestId);
    return loaded === null ? null : originalFactsOf(loaded.state);
  }

  /** The request's state and history, or null when there is no such request. */
  async load(requestId: string) {
    const history = await this.store.readStream(enterpriseRequestStreamId(requestId));
    if (history.length === 0) return null;
    const state = history.reduce(
      (s, e) => enterpriseRequestDecider.evolve(s, { type: e.type, data: e.data } as EnterpriseRequestEvent),
      enterpriseRequestDecider.initialState(),
    );
    return { state, history };
  }
}
