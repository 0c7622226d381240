import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type PledgeView, signPledgeBody, type SignPledgeBody } from '@qinqing/credit/contracts';
import { maskSignatoryName, pledgeDecider, pledgeStreamId } from '@qinqing/credit/domain';
import {
  type Actor,
  Allow,
  commandMetadataFor,
  CurrentActor,
  requireIdentifiedEnterprise,
} from '@qinqing/identity/access';
import type { CommandHandler, IdGenerator } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, ID_GENERATOR, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';

/**
 * The integrity pledge (廉洁承诺, Kunshan 六(4)) signed at the kiosk by the enterprise's responsible person. Only an
 * identified walk-in signs, and only for its own enterprise: the credit code is the session's, never the body's.
 */
@ApiTags('credit')
@Controller('credit/pledges')
export class SignPledgeController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('kiosk-enterprise')
  @ApiOperation({ summary: 'Sign the current integrity pledge for the identified enterprise' })
  @ApiZodBody(signPledgeBody)
  async sign(
    @ZodBody(signPledgeBody) body: SignPledgeBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<PledgeView> {
    const { creditCode } = requireIdentifiedEnterprise(actor);
    const pledgeId = this.ids.next();
    const result = await this.commands.handle(
      pledgeDecider,
      pledgeStreamId(pledgeId),
      {
        type: 'SignPledge',
        pledgeId,
        creditCode,
        signatoryName: body.signatoryName,
        signatoryPosition: body.signatoryPosition,
        textVersion: body.textVersion,
        sessionId: actor.kind === 'kiosk-enterprise' ? actor.sessionId : '',
      },
      commandMetadataFor(request, actor, 'sign-pledge'),
    );
    if (result.state.status !== 'signed') throw new Error('An accepted pledge left no pledge');
    const { pledge } = result.state;
    return {
      pledgeId: pledge.pledgeId,
      creditCode: pledge.creditCode,
      signedOn: pledge.signedOn,
      textVersion: pledge.textVersion,
      signatory: maskSignatoryName(pledge.signatoryName),
      signatoryPosition: pledge.signatoryPosition,
    };
  }
}
