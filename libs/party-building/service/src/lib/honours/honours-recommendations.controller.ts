import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { chinaDateOf } from '@qinqing/calendar/domain';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type HonourRecommendationAnswer,
  recommendForHonourBody,
  type RecommendForHonourBody,
} from '@qinqing/party-building/contracts';
import { honoursDecider, honoursRecommendationStreamId } from '@qinqing/party-building/domain';
import type { Clock, CommandHandler, IdGenerator } from '@qinqing/shared/event-sourcing';
import { normaliseCreditCode } from '@qinqing/shared/chinese-ids';
import { ApiZodBody, CLOCK, COMMAND_HANDLER, ID_GENERATOR, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { PARTY_BUILDING_STAFF } from '../application/party-building-roles';
import { PartyBuildingCreditRestrictions } from './party-building-credit-restrictions';

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
  ) {}

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
