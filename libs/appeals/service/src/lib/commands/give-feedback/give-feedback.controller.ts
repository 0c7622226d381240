import { Controller, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { rateBody, reopenBody } from '@qinqing/appeals/contracts';
import { Public } from '@qinqing/shared/identity';
import { type Actor, systemActor } from '@qinqing/shared/identity-domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { clientKey, optionalActor } from '../../application/optional-actor';
import { asEnterprise } from '../../application/request-actor.guards';
import { RequestCommandRunner, type RequestCommandResponse } from '../../application/request-command.runner';
import { RequestIdParam } from '../../application/request-id.param';
import { ReceiptVerifier } from '../../application/receipt-verifier.service';

const proofRequired = () =>
  new UnauthorizedException({
    error: 'receipt-proof-required',
    message: {
      zh: '请输入回执码和手机号后四位，或在自助终端上登记企业身份',
      en: 'Give the receipt code and the last four phone digits, or identify your enterprise at the kiosk',
    },
  });

/**
 * The enterprise rates the answer or asks to reopen it (好差评). Only the filing enterprise may: proven by an
 * identified kiosk session of that enterprise, or by the receipt code with the phone's last four digits.
 */
@ApiTags('appeals')
@Controller('appeals/requests/:requestId')
export class GiveFeedbackController {
  constructor(
    private readonly runner: RequestCommandRunner,
    private readonly receipts: ReceiptVerifier,
  ) {}

  @Post('rate')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Rate the handling on five levels (非常满意 … 非常不满意), once, within the window',
  })
  @ApiZodBody(rateBody)
  async rate(
    @RequestIdParam() requestId: string,
    @ZodBody(rateBody) body: z.infer<typeof rateBody>,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    const { actor, proven } = await this.standing(requestId, body, request);
    return this.runner.run(
      requestId,
      actor,
      request,
      'rate',
      (by) => ({ type: 'RateRequest', rating: body.rating, comment: body.comment, by: asEnterprise(by) }),
      proven,
    );
  }

  @Post('reopen')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Ask for the request to be handled again (within the window, a limited number of times)',
  })
  @ApiZodBody(reopenBody)
  async reopen(
    @RequestIdParam() requestId: string,
    @ZodBody(reopenBody) body: z.infer<typeof reopenBody>,
    @Req() request: Request,
  ): Promise<RequestCommandResponse> {
    const { actor, proven } = await this.standing(requestId, body, request);
    return this.runner.run(
      requestId,
      actor,
      request,
      'reopen',
      (by) => ({ type: 'ReopenRequest', reason: body.reason, by: asEnterprise(by) }),
      proven,
    );
  }

  /** Who is giving feedback, and the receipt proof when that is how they showed it is theirs. */
  private async standing(
    requestId: string,
    body: { receiptCode?: string | undefined; phoneLast4?: string | undefined },
    request: Request,
  ): Promise<{ actor: Actor; proven?: { creditCode: string } }> {
    const actor = optionalActor(request);
    if (body.receiptCode !== undefined && body.phoneLast4 !== undefined) {
      const proof = await this.receipts.verify(
        { receiptCode: body.receiptCode, phoneLast4: body.phoneLast4 },
        clientKey(request),
      );
      if (proof.requestId !== requestId) throw proofRequired();
      // Without a session the event metadata records the receipt holder; the enterprise is in the event data.
      return { actor: actor ?? systemActor('receipt-holder'), proven: { creditCode: proof.creditCode } };
    }
    if (actor?.kind === 'kiosk-enterprise' && actor.enterprise !== null) return { actor };
    throw proofRequired();
  }
}
