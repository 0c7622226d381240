import { Inject, Injectable } from '@nestjs/common';
import {
  APPEALS_POLICY_STREAM_ID,
  type AppealsPolicy,
  type AppealsPolicyEvent,
  appealsPolicyDecider,
} from '@qinqing/appeals/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';

const REFRESH_AFTER_MS = 10_000;

/** The policy in force (defaults until an administrator changes it), cached and re-read periodically. */
@Injectable()
export class AppealsPolicyService {
  private cached: { policy: AppealsPolicy; readAt: number } | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {}

  async current(): Promise<AppealsPolicy> {
    if (this.cached !== null && Date.now() - this.cached.readAt < REFRESH_AFTER_MS) return this.cached.policy;
    const events = await this.store.readStream(APPEALS_POLICY_STREAM_ID);
    const state = events.reduce(
      (s, e) => appealsPolicyDecider.evolve(s, { type: e.type, data: e.data } as AppealsPolicyEvent),
      appealsPolicyDecider.initialState(),
    );
    this.cached = { policy: state.policy, readAt: Date.now() };
    return state.policy;
  }

  async change(policy: AppealsPolicy, reason: string, metadata: CommandMetadata): Promise<AppealsPolicy> {
    const result = await this.commands.handle(
      appealsPolicyDecider,
      APPEALS_POLICY_STREAM_ID,
      { type: 'ChangeAppealsPolicy', policy, reason },
      metadata,
    );
    this.cached = { policy: result.state.policy, readAt: Date.now() };
    return result.state.policy;
  }
}
