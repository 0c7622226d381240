import { Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  endPairingBody,
  type EndPairingBody,
  pageByIdQuery,
  type PageByIdQuery,
  type PairingPage,
  startPairingBody,
  type StartPairingBody,
} from '@qinqing/party-building/contracts';
import { pairingDecider, pairingStreamId } from '@qinqing/party-building/domain';
import type { CommandHandler, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { checkedId } from '../application/checked-id';
import { ORGANISATION_READERS, PARTY_BUILDING_STAFF } from '../application/party-building-roles';
import { ReadLog } from '../application/read-log';

interface PairingRow {
  readonly pairing_id: string;
  readonly branch_name: string;
  readonly department: string;
  readonly enterprises: readonly string[];
  readonly started_on: string;
  readonly ends_on: string | null;
  readonly ended_on: string | null;
}

/** 四联四帮 pairings (Jinjiang 三(一)): a department's party branch paired with enterprises. */
@ApiTags('party-building')
@Controller('party-building/pairings')
export class PairingsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({ summary: 'Pair a department’s party branch with enterprises (四联四帮)' })
  @ApiZodBody(startPairingBody)
  async start(
    @ZodBody(startPairingBody) body: StartPairingBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ pairingId: string }> {
    const pairingId = this.ids.next();
    await this.commands.handle(
      pairingDecider,
      pairingStreamId(pairingId),
      { type: 'StartPairing', pairingId, ...body, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'start-pairing'),
    );
    return { pairingId };
  }

  @Post(':pairingId/end')
  @HttpCode(200)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({ summary: 'End a 四联四帮 pairing' })
  @ApiZodBody(endPairingBody)
  async end(
    @Param('pairingId') raw: string,
    @ZodBody(endPairingBody) body: EndPairingBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ pairingId: string; endedOn: string }> {
    const pairingId = checkedId(raw, 'pairingId');
    const result = await this.commands.handle(
      pairingDecider,
      pairingStreamId(pairingId),
      { type: 'EndPairing', endedOn: body.endedOn, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'end-pairing'),
    );
    const ended = result.events.find((e) => e.type === 'PairingEnded');
    return { pairingId, endedOn: (ended?.data as { endedOn: string } | undefined)?.endedOn ?? body.endedOn };
  }

  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'A page of 四联四帮 pairings (the read is logged)' })
  @ApiZodQuery(pageByIdQuery)
  async list(
    @ZodQuery(pageByIdQuery) query: PageByIdQuery,
    @CurrentActor() actor: Actor,
  ): Promise<PairingPage> {
    const { rows } = await this.db.query<PairingRow>(
      'SELECT * FROM party_building_pairings WHERE pairing_id > $1 ORDER BY pairing_id LIMIT $2',
      [query.after ?? '', query.limit + 1],
    );
    await this.reads.record(actor, 'pairings');
    const items = rows.slice(0, query.limit).map((row) => ({
      pairingId: row.pairing_id,
      branchName: row.branch_name,
      department: row.department,
      enterprises: row.enterprises,
      startedOn: row.started_on,
      endsOn: row.ends_on,
      endedOn: row.ended_on,
    }));
    return { items, next: rows.length > query.limit ? (items.at(-1)?.pairingId ?? null) : null };
  }
}
