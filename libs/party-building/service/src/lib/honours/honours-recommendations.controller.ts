import { Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { chinaDateOf } from '@qinqing/calendar/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type HonourRecommendationAnswer,
  type HonourRecommendationPage,
  listHonoursRecommendationsQuery,
  type ListHonoursRecommendationsQuery,
  recommendForHonourBody,
  type RecommendForHonourBody,
} from '@qinqing/party-building/contracts';
import { honoursDecider, honoursRecommendationStreamId } from '@qinqing/party-building/domain';
import type { Clock, CommandHandler, IdGenerator, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import {
  ApiZodBody,
  ApiZodQuery,
  CLOCK,
  COMMAND_HANDLER,
  ID_GENERATOR,
  SQL_DATABASE,
  ZodBody,
  ZodQuery,
} from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { ORGANISATION_READERS, PARTY_BUILDING_STAFF } from '../application/party-building-roles';
import { ReadLog } from '../application/read-log';
import { PartyBuildingCreditRestrictions } from './party-building-credit-restrictions';

/** Above every log position: the first page's bound, so the query is always an index range. */
const LAST_POSITION = '9223372036854775807';

/**
 * Honours recommendations (劳模、先进人物; Hengkou 五(十一), Qingdao 五(十三)) for enterprises' responsible persons,
 * checked against party building's own replica of credit's restrictions — never a call to credit.
 */
@ApiTags('party-building')
@Controller('party-building/honours-recommendations')
export class HonoursRecommendationsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(PartyBuildingCreditRestrictions)
    private readonly restrictions: InstanceType<typeof PartyBuildingCreditRestrictions>,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly reads: ReadLog,
  ) {}

  /** The recorded recommendations, newest first, nominees named: the read is logged like an organisation's. */
  @Get()
  @Allow(...ORGANISATION_READERS)
  @ApiOperation({ summary: 'Recorded honours recommendations, newest first (keyset by log position)' })
  @ApiZodQuery(listHonoursRecommendationsQuery)
  async list(
    @ZodQuery(listHonoursRecommendationsQuery) query: ListHonoursRecommendationsQuery,
    @CurrentActor() actor: Actor,
  ): Promise<HonourRecommendationPage> {
    const { rows } = await this.db.query<{
      position: string;
      recommendation_id: string;
      credit_code: string;
      enterprise_name: string;
      honour: string;
      nominee: string;
      nominee_position: string;
      recorded_on: string;
    }>(
      `SELECT position::text AS position, recommendation_id, credit_code, enterprise_name, honour, nominee,
              nominee_position, recorded_on
       FROM party_building_honours_recommendations
       WHERE position < $1::bigint
       ORDER BY position DESC LIMIT $2`,
      [query.after ?? LAST_POSITION, query.limit + 1],
    );
    await this.reads.record(actor, 'honours-recommendations');
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((row) => ({
        id: row.recommendation_id,
        creditCode: row.credit_code,
        enterpriseName: row.enterprise_name,
        honour: row.honour,
        nominee: row.nominee,
        nomineePosition: row.nominee_position,
        recordedOn: row.recorded_on,
      })),
      next: rows.length > query.limit ? (page.at(-1)?.position ?? null) : null,
    };
  }

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({
    summary: 'Recommend a responsible person for an honour; 409 while credit restricts honours',
  })
  @ApiZodBody(recommendForHonourBody)
  async recommend(
    @ZodBody(recommendForHonourBody) body: RecommendForHonourBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<HonourRecommendationAnswer> {
    const today = chinaDateOf(this.clock.now());
    const inForce = await this.restrictions.inForce(normaliseCreditCode(body.creditCode), 'honours', today);
    const recommendationId = this.ids.next();
    await this.commands.handle(
      honoursDecider,
      honoursRecommendationStreamId(recommendationId),
      { type: 'RecommendForHonour', recommendationId, ...body, recommendedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'recommend-for-honour'),
      {
        restriction:
          inForce === null
            ? null
            : {
                documentNumber: inForce.documentNumber,
                issuingAuthority: inForce.issuingAuthority,
                endsOn: inForce.endsOn,
                ruleSource: inForce.ruleSource,
              },
      },
    );
    return {
      recommendationId,
      creditCode: normaliseCreditCode(body.creditCode),
      honour: body.honour,
      recommendedOn: today,
    };
  }
}
