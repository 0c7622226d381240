import { Inject, Injectable } from '@nestjs/common';
import {
  APPEALS_POLICY_STREAM_ID,
  type AppealsPolicy,
  type AppealsPolicyEvent,
  appealsPolicyDecider,
  DEFAULT_APPEALS_POLICY,
} from '@qinqing/appeals/domain';
import {
  CachedStreamFold,
  type CommandHandler,
  type CommandMetadata,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { APPEALS_OPTIONS, type AppealsOptions } from '../appeals.options';

/** The policy in force (defaults until an administrator changes it), cached and re-read periodically. */
@Injectable()
export class AppealsPolicyService {
  private readonly policy: CachedStreamFold<AppealsPolicy>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(APPEALS_OPTIONS) options: AppealsOptions,
  ) {
    // Until an administrator changes it, the policy is the defaults with the configured default owner.
    const initial = { policy: { ...DEFAULT_APPEALS_POLICY, defaultOwnerUnitId: options.defaultOwnerUnitId } };
    this.policy = new CachedStreamFold(
      store,
      APPEALS_POLICY_STREAM_ID,
      (events) =>
        events.reduce(
          (s, e) => appealsPolicyDecider.evolve(s, { type: e.type, data: e.data } as AppealsPolicyEvent),
          initial,
        ).policy,
    );
  }

  current(): Promise<AppealsPolicy> {
    return this.policy.current();
  }

  async change(policy: AppealsPolicy, reason: string, metadata: CommandMetadata): Promise<AppealsPolicy> {
    const result = await this.commands.handle(
      appealsPolicyDecider,
      APPEALS_POLICY_STREAM_ID,
      { type: 'ChangeAppealsPolicy', policy, reason },
      metadata,
    );
    this.policy.remember(result.state.policy);
    return result.state.policy;
  }
}
