import { BadRequestException, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { validateMainlandMobileNumber, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import type { Actor, KioskEnterpriseActor } from '@qinqing/identity/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Allow } from '../../access/access.decorators';
import { sessionEnded } from '../../access/access-denied';
import { CurrentActor } from '../../access/current-actor.decorator';
import { identityOf } from '../../access/request-identity';
import { SESSION_COOKIES, sessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';
import { actorView, sessionView } from '../../views/actor.view';
import { clientAddressOf } from '../../access/client-address';
import { IdentificationBudget } from '../../throttling/identification-budget';
import {
  type IdentifyWalkInEnterpriseBody,
  identifyWalkInEnterpriseSchema,
} from './identify-walk-in-enterprise.schema';

const invalidField = (
  field: 'creditCode' | 'contactPhone',
  reason: string,
  message: { zh: string; en: string },
): BadRequestException =>
  new BadRequestException({
    error: field === 'creditCode' ? 'invalid-credit-code' : 'invalid-contact-phone',
    message,
    field,
    fields: [{ field, code: reason, message }],
  });

@ApiTags('kiosk')
@Controller('kiosk')
export class IdentifyWalkInEnterpriseController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly budget: IdentificationBudget,
  ) {}

  /**
   * The walk-in says which enterprise it is: 统一社会信用代码 (GB 32100 check character) and a mainland
   * mobile number. A bad one is answered with a bilingual 400 naming the field and what is wrong with it.
   * Identifying again replaces the enterprise (a visitor correcting a typo). Every attempt counts against
   * the kiosk device's budget, then the address's (429 past either), before anything is checked.
   */
  @Post('sessions/identify')
  @Allow('kiosk-enterprise')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiZodBody(identifyWalkInEnterpriseSchema)
  async identify(
    @ZodBody(identifyWalkInEnterpriseSchema) body: IdentifyWalkInEnterpriseBody,
    @CurrentActor() walkIn: Actor,
    @Req() request: Request,
  ): Promise<unknown> {
    if (walkIn.kind !== 'kiosk-enterprise') throw sessionEnded();
    await this.budget.consume({ deviceId: walkIn.deviceId, address: clientAddressOf(request) });
    const creditCode = validateUnifiedSocialCreditCode(body.creditCode);
    if (!creditCode.ok) throw invalidField('creditCode', creditCode.reason, creditCode.message);
    const phone = validateMainlandMobileNumber(body.contactPhone);
    if (!phone.ok) throw invalidField('contactPhone', phone.reason, phone.message);
    const token = sessionCookie(request, SESSION_COOKIES.kioskWalkIn);
    const session = identityOf(request)?.session ?? null;
    if (walkIn.kind !== 'kiosk-enterprise' || token === null || session === null) throw sessionEnded();
    const identified: KioskEnterpriseActor = {
      ...walkIn,
      enterprise: { creditCode: creditCode.value, contactPhone: phone.value },
    };
    await this.sessions.updateActor(token, identified);
    return { actor: actorView(identified), session: sessionView(session) };
  }
}
