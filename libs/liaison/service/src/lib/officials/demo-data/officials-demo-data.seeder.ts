import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import {
  chinaDateOf,
  officialDecider,
  officialStreamId,
  visitDecider,
  visitStreamId,
} from '@qinqing/liaison/domain';
import type { Clock, CommandHandler, CommandMetadata, EventStore } from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { CalendarInForce } from '@qinqing/calendar/domain';
import { OfficialsModule } from '../officials.module';
import { PairingRegisterService } from '../application/pairing-register.service';
import { seedDemoFilings } from './demo-filings';
import { DEMO_OFFICIALS, DEMO_PAIRINGS, DEMO_VISITS } from './officials-demo-data';

const ADMIN = '01960000-0000-7000-8000-000000000005';
const metadata = (actor: { id: string; role: string }): CommandMetadata => ({
  correlationId: 'liaison-officials-demo-data',
  actor,
});

/**
 * Demo officials, pairings (one ended), visits (with problems that become requests, and a declared breach) and
 * interaction filings in every state, dated relative to today. Seeded once: nothing is done when the first official is registered already.
 */
@Injectable()
export class OfficialsDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('OfficialsDemoDataSeeder');

  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly register: PairingRegisterService,
    private readonly calendar: CalendarInForce,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      if (await this.seed()) this.logger.log('Seeded demo officials, pairings and visits');
    });
  }

  async seed(): Promise<boolean> {
    if ((await this.store.readStream(officialStreamId(DEMO_OFFICIALS[0].accountId))).length > 0) return false;
    const admin = metadata({ id: ADMIN, role: 'administrator' });
    const now = this.clock.now();
    const daysAgo = (n: number) => chinaDateOf(new Date(now.getTime() - n * 86_400_000));
    for (const official of DEMO_OFFICIALS) {
      await this.commands.handle(
        officialDecider,
        officialStreamId(official.accountId),
        { type: 'RegisterOfficial', ...official, by: ADMIN },
        admin,
      );
    }
    for (const pairing of DEMO_PAIRINGS) {
      const official = DEMO_OFFICIALS.find((o) => o.accountId === pairing.officialId);
      await this.register.execute(
        {
          type: 'PairOfficial',
          pairingId: pairing.pairingId,
          officialId: pairing.officialId,
          officialUnitId: official?.unitId ?? '',
          enterprise: pairing.enterprise,
          category: pairing.category,
          startDate: daysAgo(pairing.startedDaysAgo),
          by: ADMIN,
        },
        admin,
      );
      if (pairing.endedDaysAgo !== null) {
        await this.register.execute(
          {
            type: 'EndPairing',
            pairingId: pairing.pairingId,
            endDate: daysAgo(pairing.endedDaysAgo),
            reason: '企业经营好转，转为常态化服务',
            by: ADMIN,
          },
          admin,
        );
      }
    }
    for (const visit of DEMO_VISITS) {
      const pairing = await this.register.pairing(visit.pairingId);
      if (pairing === null) continue;
      await this.commands.handle(
        visitDecider,
        visitStreamId(visit.visitId),
        {
          type: 'LogVisit',
          visitId: visit.visitId,
          pairing,
          by: pairing.officialId,
          date: daysAgo(visit.daysAgo),
          form: visit.form,
          participants: visit.participants,
          learned: visit.learned,
          problems: visit.problems,
          contact: visit.problems.length > 0 ? { name: '张敏', phone: '13805740001' } : null,
          conduct: visit.conduct,
        },
        metadata({ id: pairing.officialId, role: 'leading-official' }),
      );
    }
    await seedDemoFilings({
      commands: this.commands,
      store: this.store,
      calendar: this.calendar,
      now,
    });
    return true;
  }
}

/** Mounted by the one-process app when DEMO_DATA is on. */
@Module({
  imports: [OfficialsModule],
  providers: [OfficialsDemoDataSeeder],
  exports: [OfficialsDemoDataSeeder],
})
export class OfficialsDemoDataModule {}
