import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { receiptProofBody, type TrackedRequest } from '@qinqing/appeals/contracts';
import { Public } from '@qinqing/identity/access';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { requestingClient } from '../../application/optional-actor';
import { RequestAccessService } from '../../application/request-access.service';
import { RequestViewsService } from '../../application/request-views.service';
import { ReceiptVerifier } from '../../application/receipt-verifier.service';

/** A walk-in (or anyone holding the receipt, e.g. on a phone via the QR code) follows a request. */
@ApiTags('appeals')
@Controller('appeals/track')
export class TrackRequestController {
  constructor(
    private readonly receipts: ReceiptVerifier,
    private readonly access: RequestAccessService,
    private readonly views: RequestViewsService,
  ) {}

  @Post()
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary:
      'The enterprise’s view by receipt code + last four phone digits (rate-limited): status, the reply and ' +
      'resolution deadlines by name, answer, timeline; no internal clocks',
  })
  @ApiZodBody(receiptProofBody)
  async track(
    @ZodBody(receiptProofBody) body: z.infer<typeof receiptProofBody>,
    @Req() request: Request,
  ): Promise<TrackedRequest> {
    const proven = await this.receipts.verify(body, requestingClient(request));
    const visible = await this.access.load(proven.requestId);
    return this.views.tracked(visible, { kind: 'receipt-holder', creditCode: proven.creditCode });
  }
}
