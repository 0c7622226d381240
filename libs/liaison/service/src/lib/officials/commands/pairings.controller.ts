import { Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  endPairingBody,
  type EndPairingBody,
  listQuery,
  pairOfficialBody,
  type PairOfficialBody,
} from '@qinqing/liaison/contracts';
import type { Pairing } from '@qinqing/liaison/domain';
import type { IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  ApiZodBody,
  ApiZodQuery,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { checkedId, isOfficial, notFound, staffIdOf } from '../application/liaison-access';
import { OfficialsService } from '../application/officials.service';
import { PairingRegisterService } from '../application/pairing-register.service';

export interface PairingView {
  readonly pairingId: string;
  readonly officialId: string;
  readonly officialUnitId: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly category: string;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly endReason: string | null;
  readonly exceptionJustification: string | null;
}

interface PairingRow {
  pairing_id: string;
  official_id: string;
  official_unit_id: string;
  credit_code: string;
  enterprise_name: string;
  category: string;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  exception_justification: string | null;
}

export const PAIRING_COLUMNS = `pairing_id, official_id, official_unit_id, credit_code, enterprise_name, category,
  to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date, end_reason,
  exception_justification`;

export const toPairingView = (row: PairingRow): PairingView => ({
  pairingId: row.pairing_id,
  officialId: row.official_id,
  officialUnitId: row.official_unit_id,
  enterprise: { creditCode: row.credit_code, name: row.enterprise_name },
  category: row.category,
  startDate: row.start_date,
  endDate: row.end_date,
  endReason: row.end_reason,
  exceptionJustification: row.exception_justification,
});

const fromPairing = (pairing: Pairing): PairingView => ({
  pairingId: pairing.pairingId,
  officialId: pairing.officialId,
  officialUnitId: pairing.officialUnitId,
  enterprise: pairing.enterprise,
  category: pairing.category,
  startDate: pairing.startDate,
  endDate: pairing.endDate,
  endReason: pairing.endReason,
  exceptionJustification: pairing.exception?.justification ?? null,
});

const pairingsQuery = listQuery.extend({
  officialId: listQuery.shape.after,
  unitId: listQuery.shape.after,
});

/**
 * 结对联系: an administrator pairs an official with an enterprise (at most the maximum per official, one
 * official per enterprise unless a justified exception is recorded) and ends pairings, keeping their history.
 */
@ApiTags('liaison')
@Controller('liaison/pairings')
export class PairingsController {
  constructor(
    private readonly register: PairingRegisterService,
    private readonly officials: OfficialsService,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('administrator')
  @ApiOperation({
    summary:
      'Pair an official with an enterprise (409 naming the rule and setting when a limit refuses it). Send an Idempotency-Key to make retries safe.',
  })
  @ApiZodBody(pairOfficialBody)
  async pair(
    @ZodBody(pairOfficialBody) body: PairOfficialBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<PairingView> {
    const official = await this.officials.profile(body.officialId);
    if (official === null) throw notFound({ zh: '已登记的领导干部', en: 'registered official' });
    const pairing = await this.register.execute(
      {
        type: 'PairOfficial',
        pairingId: this.ids.next(),
        officialId: body.officialId,
        officialUnitId: official.unitId,
        enterprise: body.enterprise,
        category: body.category,
        startDate: body.startDate,
        ...(body.exceptionJustification ? { exceptionJustification: body.exceptionJustification } : {}),
        by: staffIdOf(actor),
      },
      commandMetadataFor(request, actor, 'pair-official'),
    );
    return fromPairing(pairing);
  }

  @Post(':pairingId/end')
  @HttpCode(200)
  @Allow('administrator')
  @ApiOperation({ summary: 'End a pairing (its history and visits stay)' })
  @ApiZodBody(endPairingBody)
  async end(
    @Param('pairingId') pairingId: string,
    @ZodBody(endPairingBody) body: EndPairingBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<PairingView> {
    checkedId(pairingId, 'pairingId');
    const pairing = await this.register.execute(
      { type: 'EndPairing', pairingId, endDate: body.endDate, reason: body.reason, by: staffIdOf(actor) },
      commandMetadataFor(request, actor, 'end-pairing'),
    );
    return fromPairing(pairing);
  }

  @Get()
  @Allow('administrator', 'supervisor', 'leading-official')
  @ApiOperation({
    summary: 'Pairings by official or unit, a page at a time; an official sees only their own (我的联系企业)',
  })
  @ApiZodQuery(pairingsQuery)
  async list(
    @ZodQuery(pairingsQuery) query: z.infer<typeof pairingsQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<{ readonly items: readonly PairingView[]; readonly nextCursor: string | null }> {
    const { limit } = query;
    const officialId = isOfficial(actor) ? staffIdOf(actor) : query.officialId;
    const after = query.after === undefined ? '' : checkedId(query.after, 'after');
    const { rows } =
      officialId !== undefined
        ? await this.db.query<PairingRow>(
            `SELECT ${PAIRING_COLUMNS} FROM liaison_pairings WHERE official_id = $1 AND pairing_id > $2
             ORDER BY pairing_id LIMIT $3`,
            [checkedId(officialId, 'officialId'), after, limit + 1],
          )
        : query.unitId !== undefined
          ? await this.db.query<PairingRow>(
              `SELECT ${PAIRING_COLUMNS} FROM liaison_pairings WHERE official_unit_id = $1 AND pairing_id > $2
               ORDER BY pairing_id LIMIT $3`,
              [checkedId(query.unitId, 'unitId'), after, limit + 1],
            )
          : await this.db.query<PairingRow>(
              `SELECT ${PAIRING_COLUMNS} FROM liaison_pairings WHERE pairing_id > $1 ORDER BY pairing_id LIMIT $2`,
              [after, limit + 1],
            );
    const items = rows.slice(0, limit).map(toPairingView);
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.pairingId ?? null) : null };
  }
}
