import { BadRequestException, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, KioskEnterpriseActor } from '@qinqing/identity/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Allow } from '../../access/access.decorators';
import { sessionEnded } from '../../access/access-denied';
import { clientAddressOf } from '../../access/client-address';
import { CurrentActor } from '../../access/current-actor.decorator';
import { identityOf } from '../../access/request-identity';
import { SESSION_COOKIES, sessionCookie } from '../../sessions/session-cookies';
import { SessionStore } from '../../sessions/session.store';
import { IdentificationBudget } from '../../throttling/identification-budget';
import { actorView, sessionView } from '../../views/actor.view';
import { WalkInProofVerifier } from '../../walk-in-proof/walk-in-proof';
import {
  type IdentifyWalkInEnterpriseBody,
  identifyWalkInEnterpriseSchema,
} from './identify-walk-in-enterprise.schema';

const badProof = (code: string, message: { zh: string; en: string }): BadRequestException =>
  new BadRequestException({
    error: code,
    message,
    field: 'proof',
    fields: [{ field: 'proof', code, message }],
  });

const PROOF_REFUSALS = {
  invalid: badProof('invalid-proof', {
    zh: '企业身份证明无效，请重新获取短信验证码',
    en: 'The proof of identity is not valid; ask for a new text-message code',
  }),
  expired: badProof('proof-expired', {
    zh: '企业身份证明已过期（有效期两分钟），请重新获取短信验证码',
    en: 'The proof of identity has expired (it lasts two minutes); ask for a new text-message code',
  }),
  early: badProof('proof-not-yet-valid', {
    zh: '企业身份证明的签发时间晚于本机时间，请联系工作人员检查服务器时钟',
    en: 'The proof of identity is dated in the future; ask the staff to check the servers’ clocks',
  }),
  elsewhere: badProof('proof-for-another-session', {
    zh: '该证明不是为本次使用开具的，请在本机重新获取短信验证码',
    en: 'This proof was made for another visit; ask for a new text-message code at this kiosk',
  }),
} as const;

@ApiTags('kiosk')
@Controller('kiosk')
export class IdentifyWalkInEnterpriseController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly budget: IdentificationBudget,
    private readonly proofs: WalkInProofVerifier,
  ) {}

  /**
   * The walk-in becomes its enterprise: it hands over the proof the liaison context signed when the one-time code
   * sent to the enterprise's registered contact phone was typed back (POST /api/enterprises/identification-codes,
   * then …/verify). Identity believes the enterprise only from a proof that verifies, is under two minutes old and
   * was made for this walk-in session on this kiosk. Every attempt counts against the device's budget, then the
   * address's (429 past either), before anything is checked.
   */
  @Post('sessions/identify')
  @Allow('kiosk-enterprise')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Identify the walk-in as its enterprise with a proof from the one-time code' })
  @ApiZodBody(identifyWalkInEnterpriseSchema)
  async identify(
    @ZodBody(identifyWalkInEnterpriseSchema) body: IdentifyWalkInEnterpriseBody,
    @CurrentActor() walkIn: Actor,
    @Req() request: Request,
  ): Promise<unknown> {
    if (walkIn.kind !== 'kiosk-enterprise') throw sessionEnded();
    await this.budget.consume({ deviceId: walkIn.deviceId, address: clientAddressOf(request) });
    const proof = this.proofs.verify(body.proof);
    if (!proof.ok) {
      if (proof.reason === 'expired') throw PROOF_REFUSALS.expired;
      throw proof.reason === 'not-yet-valid' ? PROOF_REFUSALS.early : PROOF_REFUSALS.invalid;
    }
    if (proof.claims.deviceId !== walkIn.deviceId || proof.claims.sessionId !== walkIn.sessionId) {
      throw PROOF_REFUSALS.elsewhere;
    }
    const token = sessionCookie(request, SESSION_COOKIES.kioskWalkIn);
    const session = identityOf(request)?.session ?? null;
    if (token === null || session === null) throw sessionEnded();
    const identified: KioskEnterpriseActor = {
      ...walkIn,
      enterprise: { creditCode: proof.claims.creditCode, contactPhone: proof.claims.contactPhone },
    };
    await this.sessions.updateActor(token, identified);
    return { actor: actorView(identified), session: sessionView(session) };
  }
}
