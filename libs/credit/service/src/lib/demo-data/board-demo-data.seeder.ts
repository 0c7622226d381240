import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  boardDecider,
  boardIdOf,
  boardPeriodContaining,
  boardStreamId,
  chinaDateOf,
  cleanEnterpriseDecider,
  cleanEnterpriseStreamId,
  CURRENT_PLEDGE_TEXT,
  pledgeDecider,
  pledgeStreamId,
  previousBoardPeriod,
} from '@qinqing/credit/domain';
import {
  type Clock,
  CommandHandler,
  type EventStore,
  type IdGenerator,
  ManualClock,
  type SqlDatabase,
  type UpcasterRegistry,
} from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  COMMAND_HANDLER,
  EVENT_STORE,
  EventSourcingHost,
  ID_GENERATOR,
  SQL_DATABASE,
  UPCASTERS,
} from '@qinqing/shared/nest-platform';
import { BoardDrafter } from '../application/board-drafter';
import { CREDIT_OPTIONS, type CreditOptions } from '../credit.options';
import { recordsOfYear } from '../queries/boards/board-records.query';
import { signedPledgeBy } from '../queries/pledges/pledges.query';

const DEMO_OFFICER = { id: 'credit.zhao', role: 'credit-officer' } as const;
const META = { correlationId: 'credit-demo-data', actor: DEMO_OFFICER };

/** Two demo enterprises' responsible persons (invented names) sign the pledge on 10 January of last year. */
const DEMO_PLEDGES = [
  {
    pledgeId: 'demo-pledge-wangchun',
    creditCode: '91330203MA2P2E5UXB', // 宁波望春物业服务有限公司 (an honour: on the red list)
    signatoryName: '陈丽华',
    signatoryPosition: '总经理',
  },
  {
    pledgeId: 'demo-pledge-ganglian',
    creditCode: '91330212MA2F7W4N38', // 宁波东钱湖港联物流有限公司 (wage arrears 15 months ago)
    signatoryName: '王志强',
    signatoryPosition: '董事长',
  },
] as const;

/** Evaluated for last year: its wage arrears fail that item (basis: the record), the rest pass. */
const DEMO_EVALUATION = {
  creditCode: '91330212MA2F7W4N38',
  enterpriseName: '宁波东钱湖港联物流有限公司',
} as const;

/**
 * After the demo records (credit-demo-data.seeder.ts calls it): the board of the last completed period
 * drafted and approved by the credit officer, the running period's left as a draft, two pledges and one
 * 清廉企业 evaluation of last year. What exists already is left alone, so a restart adds nothing.
 */
@Injectable()
export class BoardDemoDataSeeder {
  private readonly logger = new Logger('CreditBoardDemoData');

  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    @Inject(CREDIT_OPTIONS) private readonly settings: CreditOptions,
    private readonly drafter: BoardDrafter,
    private readonly host: EventSourcingHost,
  ) {}

  async seed(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    const lastYear = Number(today.slice(0, 4)) - 1;
    let seeded = 0;
    await this.host.settle(); // the boards and the evaluation read the records' projection

    // Pledges signed in the past: a handler whose clock is set to that day, as if signed then.
    const signing = new CommandHandler({
      store: this.store,
      clock: new ManualClock(new Date(`${lastYear}-01-10T02:00:00.000Z`)),
      ids: this.ids,
      upcasters: this.upcasters,
    });
    for (const pledge of DEMO_PLEDGES) {
      const streamId = pledgeStreamId(pledge.pledgeId);
      if (await this.exists(streamId)) continue;
      await signing.handle(
        pledgeDecider,
        streamId,
        { type: 'SignPledge', ...pledge, textVersion: CURRENT_PLEDGE_TEXT.version, sessionId: 'demo' },
        { correlationId: 'credit-demo-data', actor: { id: 'demo-kiosk', role: 'kiosk-enterprise' } },
      );
      seeded++;
    }

    const current = boardPeriodContaining(today, this.settings.boardPeriodLength);
    const last = previousBoardPeriod(current);
    if (!(await this.exists(boardStreamId(boardIdOf(last.name))))) {
      await this.drafter.draft(last, DEMO_OFFICER.id, META);
      await this.commands.handle(
        boardDecider,
        boardStreamId(boardIdOf(last.name)),
        { type: 'ApproveBoard', boardId: boardIdOf(last.name), approvedBy: DEMO_OFFICER.id },
        META,
      );
      seeded++;
    }
    if (!(await this.exists(boardStreamId(boardIdOf(current.name))))) {
      await this.drafter.draft(current, DEMO_OFFICER.id, META, true);
      seeded++;
    }

    await this.host.settle(); // the pledges' projection, for the evaluation
    const evaluation = cleanEnterpriseStreamId(DEMO_EVALUATION.creditCode, lastYear);
    if (!(await this.exists(evaluation))) {
      await this.commands.handle(
        cleanEnterpriseDecider,
        evaluation,
        {
          type: 'EvaluateCleanEnterprise',
          evaluationId: this.ids.next(),
          ...DEMO_EVALUATION,
          year: lastYear,
          records: await recordsOfYear(this.db, DEMO_EVALUATION.creditCode, lastYear),
          checklist: { integritySystem: true },
          pledgeSigned: await signedPledgeBy(this.db, DEMO_EVALUATION.creditCode, `${lastYear}-12-31`),
          evaluatedBy: DEMO_OFFICER.id,
        },
        META,
      );
      seeded++;
    }
    if (seeded > 0) {
      await this.host.settle();
      this.logger.log(`Seeded ${seeded} demo board(s), pledge(s) and evaluation(s)`);
    }
    return seeded;
  }

  private async exists(streamId: string): Promise<boolean> {
    return (await this.store.readStream(streamId)).length > 0;
  }
}
