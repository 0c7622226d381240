import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import {
  chinaDateOf,
  documentNumberKey,
  integrityRecordDecider,
  integrityRecordStreamId,
} from '@qinqing/credit/domain';
import type { Clock, CommandHandler, EventStore } from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { BoardDemoDataSeeder } from './board-demo-data.seeder';
import { CreditCasesDemoDataSeeder } from './credit-cases-demo-data.seeder';
import { DEMO_RECORDS } from './demo-records';
import { monthsBefore } from './months-before';

export { monthsBefore } from './months-before';

const DEMO_OFFICER = { actorId: 'credit.zhao', role: 'credit-officer' } as const;

/**
 * Records the demo integrity records into an empty store as the credit officer would, dated back from today so
 * that each is in the state demo-records.ts names; records already there are left alone, so a restart adds
 * nothing. The record whose maximum has passed shows as expired at once; the publication scheduler's next pass
 * records the end of its publication. Mounted only with DEMO_DATA=true.
 */
@Injectable()
export class CreditDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('CreditDemoData');

  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly cases: CreditCasesDemoDataSeeder,
    private readonly boards: BoardDemoDataSeeder,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const seeded = await this.seed();
      if (seeded > 0) this.logger.log(`Seeded ${seeded} demo integrity record(s)`);
      await this.cases.seed();
      // The boards and the evaluation are computed from all the records and their cases: after them.
      await this.boards.seed();
    });
  }

  async seed(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    let seeded = 0;
    for (const { documentNumber, monthsAgo, facts } of DEMO_RECORDS) {
      const streamId = integrityRecordStreamId(documentNumberKey(documentNumber));
      if ((await this.store.readStream(streamId)).length > 0) continue;
      await this.commands.handle(
        integrityRecordDecider,
        streamId,
        {
          type: 'RecordIntegrity',
          documentNumber,
          facts: { ...facts, decidedOn: monthsBefore(today, monthsAgo) },
          source: 'staff',
          recordedBy: DEMO_OFFICER.actorId,
        },
        { correlationId: 'credit-demo-data', actor: { id: DEMO_OFFICER.actorId, role: DEMO_OFFICER.role } },
      );
      seeded++;
    }
    return seeded;
  }
}

/** The credit demo data, mounted next to CreditModule when DEMO_DATA=true. */
@Module({ providers: [CreditDemoDataSeeder, BoardDemoDataSeeder, CreditCasesDemoDataSeeder] })
export class CreditDemoDataModule {}
