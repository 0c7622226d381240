import { Inject, Injectable } from '@nestjs/common';
import {
  type BoardPeriod,
  boardDecider,
  boardIdOf,
  boardPeriodNamed,
  type BoardState,
  boardStreamId,
  selectBoardEntries,
} from '@qinqing/credit/domain';
import { type CommandHandler, DomainRejectionError, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { boardCandidates } from '../queries/boards/board-records.query';
import { CREDIT_OPTIONS, type CreditOptions } from '../credit.options';

type CommandMetadata = Parameters<CommandHandler['handle']>[3];

/**
 * Drafts a period's board from the integrity file: reads the candidates, selects the entries (the pure
 * function) and sends the command. The credit officer's draft and the scheduler's share it.
 */
@Injectable()
export class BoardDrafter {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CREDIT_OPTIONS) private readonly settings: CreditOptions,
  ) {}

  /** The period a caller named, under the configured length; a 400 naming `period` otherwise. */
  periodNamed(name: string): BoardPeriod {
    const period = boardPeriodNamed(name, this.settings.boardPeriodLength);
    if ('code' in period) throw new DomainRejectionError(period);
    return period;
  }

  async draft(
    period: BoardPeriod,
    draftedBy: string,
    metadata: CommandMetadata,
    ifAbsent = false,
  ): Promise<{ readonly state: BoardState; readonly drafted: boolean }> {
    const entries = selectBoardEntries(await boardCandidates(this.db, period), period);
    const result = await this.commands.handle(
      boardDecider,
      boardStreamId(boardIdOf(period.name)),
      { type: 'DraftBoard', period, entries, draftedBy, ifAbsent },
      metadata,
    );
    return { state: result.state, drafted: result.events.length > 0 };
  }
}
