import { Controller, Get, Inject, NotFoundException, Param, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type BoardPage,
  type BoardView,
  listBoardsQuery,
  type ListBoardsQuery,
} from '@qinqing/credit/contracts';
import { actorRole, identityOf, Public } from '@qinqing/identity/access';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, SQL_DATABASE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { currentBoard, findBoard, listPublishedBoards } from './boards.query';

const noBoard = (boardId: string | null) =>
  new NotFoundException({
    error: 'no-board',
    message:
      boardId === null
        ? { zh: '尚未发布红黑榜', en: 'No red/black board has been published yet' }
        : { zh: `没有已发布的红黑榜 ${boardId}`, en: `There is no published board ${boardId}` },
  });

/**
 * The red/black board in public (Hengkou 五(十三) 定期发布): the current board at the kiosk without login, the
 * published boards newest first, each one whole. A draft is shown only to the credit officer; to anyone else it
 * does not exist.
 */
@ApiTags('credit')
@Controller('credit/boards')
export class BoardsController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Published red/black boards, newest period first (keyset: after = a board id)' })
  @ApiZodQuery(listBoardsQuery)
  list(@ZodQuery(listBoardsQuery) query: ListBoardsQuery): Promise<BoardPage> {
    return listPublishedBoards(this.db, query.after, query.limit);
  }

  @Get('current')
  @Public()
  @ApiOperation({ summary: 'The current red/black board: the latest published, whole' })
  async current(): Promise<BoardView> {
    const board = await currentBoard(this.db);
    if (board === null) throw noBoard(null);
    return board;
  }

  @Get(':boardId')
  @Public()
  @ApiOperation({ summary: 'One board, whole: published ones for anyone, drafts for the credit officer' })
  async one(@Param('boardId') boardId: string, @Req() request: Request): Promise<BoardView> {
    const board = await findBoard(this.db, boardId);
    const actor = identityOf(request)?.actor ?? null;
    const mayReadDrafts = actor !== null && (CREDIT_OFFICERS as readonly string[]).includes(actorRole(actor));
    if (board === null || (board.status === 'draft' && !mayReadDrafts)) throw noBoard(boardId);
    return board;
  }
}
