import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { enterpriseDecider, enterpriseStreamId } from '@qinqing/liaison/domain';
import type { CommandHandler, EventStore } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { DEMO_DIRECTORY } from './demo-directory';

/**
 * Registers the demo directory (企业名录) into an empty store, as the administrator would; enterprises already
 * registered are left alone, so a restart adds nothing. Mounted only with DEMO_DATA=true.
 */
@Injectable()
export class LiaisonDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('LiaisonDemoData');

  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const seeded = await this.seed();
      if (seeded > 0) this.logger.log(`Seeded ${seeded} demo enterprise(s) in the directory`);
    });
  }

  async seed(): Promise<number> {
    let seeded = 0;
    for (const { creditCode, details } of DEMO_DIRECTORY) {
      const streamId = enterpriseStreamId(creditCode);
      if ((await this.store.readStream(streamId)).length > 0) continue;
      await this.commands.handle(
        enterpriseDecider,
        streamId,
        { type: 'RegisterEnterprise', creditCode, details, by: { actorId: 'admin', role: 'administrator' } },
        { correlationId: 'liaison-demo-data', actor: { id: 'admin', role: 'administrator' } },
      );
      seeded++;
    }
    return seeded;
  }
}

/** The liaison demo data, mounted next to LiaisonModule when DEMO_DATA=true. */
@Module({ providers: [LiaisonDemoDataSeeder] })
export class LiaisonDemoDataModule {}
