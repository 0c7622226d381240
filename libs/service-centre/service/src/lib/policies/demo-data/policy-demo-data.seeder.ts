import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { policyDecider, policyStreamId } from '@qinqing/service-centre/domain';
import type { CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { DEMO_POLICIES } from './demo-policies';

const STAFF = { id: 'staff.demo-policies', role: 'service-staff' } as const;

/**
 * Drafts and publishes the demo policies (demo-policies.ts) through the policy decider, as service staff
 * would; the projection matches each against the directory replica and the directory consumer matches the
 * demo enterprises as they arrive, whichever comes first. Streams already there are left alone. DEMO_DATA=true only.
 */
@Injectable()
export class PolicyDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('PolicyDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      let published = 0;
      for (const { policyId, details } of DEMO_POLICIES) {
        const streamId = policyStreamId(policyId);
        if ((await this.store.readStream(streamId)).length > 0) continue;
        await this.commands.handle(
          policyDecider,
          streamId,
          { type: 'DraftPolicy', policyId, details, by: STAFF.id },
          this.metadata(policyId),
        );
        await this.commands.handle(
          policyDecider,
          streamId,
          { type: 'PublishPolicy', by: STAFF.id },
          this.metadata(policyId),
        );
        published++;
      }
      if (published > 0) this.logger.log(`Published ${published} demo policy(ies)`);
    });
  }

  private metadata(policyId: string): CommandMetadata {
    return { correlationId: `demo-policy-${policyId}`, actor: STAFF };
  }
}
