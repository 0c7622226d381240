import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type BoardView, draftBoardBody, type DraftBoardBody } from '@qinqing/credit/contracts';
import { boardDecider, type BoardState, boardStreamId } from '@qinqing/credit/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { CommandHandler } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { BoardDrafter } from '../../application/board-drafter';
import { CREDIT_OFFICERS } from '../../application/credit-roles';

/** The answer of an accepted board command: the board exists by then. */
export const boardViewOfState = (state: BoardState): BoardView => {
  if (state.status === 'absent') throw new Error('An accepted board command left no board');
  const { snapshot } = state;
  return {
    boardId: snapshot.boardId,
    period: snapshot.period,
    firstDay: snapshot.firstDay,
    lastDay: snapshot.lastDay,
    status: state.status,
    asOf: snapshot.asOf,
    approvedOn: state.status === 'published' ? state.approvedOn : null,
    red: snapshot.red,
    black: snapshot.black,
  };
};

/**
 * The red/black board's drafting and approval (credit officer): a draft is computed from the integrity file and
 * may be redrawn; approval publishes it as it stands, and nothing changes it afterwards.
 */
@ApiTags('credit')
@Controller('credit/boards')
export class DraftBoardController {
  constructor(
    private readonly drafter: BoardDrafter,
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({ summary: 'Draft (or redraw) the red/black board of a period, e.g. 2026-Q4' })
  @ApiZodBody(draftBoardBody)
  async draft(
    @ZodBody(draftBoardBody) body: DraftBoardBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<BoardView> {
    const period = this.drafter.periodNamed(body.period);
    const { state } = await this.drafter.draft(
      period,
      actorId(actor),
      commandMetadataFor(request, actor, 'draft-board'),
    );
    return boardViewOfState(state);
  }

  @Post(':boardId/approval')
  @HttpCode(200)
  @Allow(...CREDIT_OFFICERS)
  @ApiOperation({ summary: 'Approve a drafted board: published as it stands, never changed afterwards' })
  async approve(
    @Param('boardId') boardId: string,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<BoardView> {
    const result = await this.commands.handle(
      boardDecider,
      boardStreamId(boardId),
      { type: 'ApproveBoard', boardId, approvedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'approve-board'),
    );
    return boardViewOfState(result.state);
  }
}
