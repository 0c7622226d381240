import {
  BadRequestException,
  Controller,
  ForbiddenException,
  Header,
  HttpCode,
  Inject,
  Logger,
  NotFoundException,
  Post,
  Req,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  Allow,
  clientAddressOf,
  CurrentActor,
  type KioskEnterpriseActor,
  WalkInProofSigner,
} from '@qinqing/identity/access';
import { maskPhone, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, SQL_DATABASE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { type DirectoryRow, findEnterprise } from '../queries/directory/directory.query';
import { CODE_DIGITS, CODE_MINUTES, IdentificationCodes } from './identification-codes.store';
import {
  type AskIdentificationCodeBody,
  askIdentificationCodeSchema,
  type VerifyIdentificationCodeBody,
  verifyIdentificationCodeSchema,
} from './identification-codes.schema';
import { IdentificationLimits } from './identification-limits';
import { OutboundMessages } from '../outbound-messages/outbound-messages';

type Message = { readonly zh: string; readonly en: string };

const badField = (field: 'creditCode' | 'code', error: string, message: Message) =>
  new BadRequestException({ error, message, field, fields: [{ field, code: error, message }] });

const validCreditCode = (raw: string): string => {
  const checked = validateUnifiedSocialCreditCode(raw);
  if (!checked.ok) throw badField('creditCode', 'invalid-credit-code', checked.message);
  return checked.value;
};

/** @Allow lets only walk-ins through; anything else is refused the same way, never a 500. */
const walkInOf = (actor: Actor): KioskEnterpriseActor => {
  if (actor.kind === 'kiosk-enterprise') return actor;
  throw new ForbiddenException({
    error: 'walk-in-only',
    message: { zh: '仅限自助终端上的来访者使用', en: 'Only a walk-in at a kiosk may do this' },
  });
};

const NOT_SENT = new ServiceUnavailableException({
  error: 'message-not-sent',
  message: {
    zh: '短信暂时无法发送，请稍后再试或到服务窗口办理',
    en: 'The text message could not be sent; try again later or go to a service desk',
  },
});

/** The enterprise and the phone its code goes to, or the refusal a walk-in can act on. */
const reachable = (
  row: DirectoryRow | null,
  creditCode: string,
): DirectoryRow & { contact_phone: string } => {
  if (row === null) {
    throw new NotFoundException({
      error: 'enterprise-not-found',
      message: {
        zh: `企业名录中没有统一社会信用代码为 ${creditCode} 的企业，请到服务窗口登记`,
        en: `No enterprise with credit code ${creditCode} is in the directory; please register at a service desk`,
      },
    });
  }
  if (row.contact_phone === null) {
    throw new UnprocessableEntityException({
      error: 'no-contact-phone',
      message: {
        zh: '企业名录中没有该企业的联系手机，无法发送验证码，请到服务窗口登记联系手机',
        en: 'The directory holds no contact mobile for this enterprise, so no code can be sent; please register one at a service desk',
      },
    });
  }
  return row as DirectoryRow & { contact_phone: string };
};

/**
 * Identifying an enterprise at a kiosk. The walk-in types the credit code; a six-digit code goes by text message to
 * the contact mobile the directory holds for that enterprise (masked on screen); typed back within five minutes it
 * earns a proof, signed for this walk-in session, which identity turns into the identified walk-in
 * (POST /api/kiosk/sessions/identify). Codes are limited per kiosk and per enterprise (IdentificationLimits).
 */
@ApiTags('kiosk identification')
@Controller('enterprises/identification-codes')
export class IdentificationCodesController {
  private readonly logger = new Logger('KioskIdentification');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly codes: IdentificationCodes,
    private readonly limits: IdentificationLimits,
    private readonly messages: OutboundMessages,
    private readonly proofs: WalkInProofSigner,
  ) {}

  @Post()
  @Allow('kiosk-enterprise')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Send a one-time code to the contact mobile the directory holds for the enterprise',
  })
  @ApiZodBody(askIdentificationCodeSchema)
  async ask(
    @ZodBody(askIdentificationCodeSchema) body: AskIdentificationCodeBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ creditCode: string; name: string; sentTo: string; expiresAt: string; codeLength: number }> {
    const walkIn = walkInOf(actor);
    await this.limits.codeAsked({ deviceId: walkIn.deviceId, address: clientAddressOf(request) });
    const creditCode = validCreditCode(body.creditCode);
    const enterprise = reachable(await findEnterprise(this.db, creditCode), creditCode);
    await this.limits.codeSentTo(creditCode, walkIn.deviceId);
    const { code, expiresAt } = await this.codes.issue(
      walkIn.sessionId,
      creditCode,
      enterprise.contact_phone,
    );
    try {
      await this.messages.send({
        to: enterprise.contact_phone,
        template: 'kiosk-identification-code',
        params: { code, minutes: String(CODE_MINUTES) },
      });
    } catch (failure) {
      this.logger.error(`The identification code for ${creditCode} was not sent: ${String(failure)}`);
      throw NOT_SENT;
    }
    return {
      creditCode,
      name: enterprise.name,
      sentTo: maskPhone(enterprise.contact_phone),
      expiresAt: expiresAt.toISOString(),
      codeLength: CODE_DIGITS,
    };
  }

  @Post('verify')
  @Allow('kiosk-enterprise')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Check the code typed back; a right one earns the proof identity accepts' })
  @ApiZodBody(verifyIdentificationCodeSchema)
  async verify(
    @ZodBody(verifyIdentificationCodeSchema) body: VerifyIdentificationCodeBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<{ creditCode: string; name: string; proof: string }> {
    const walkIn = walkInOf(actor);
    await this.limits.codeTried({ deviceId: walkIn.deviceId, address: clientAddressOf(request) });
    const creditCode = validCreditCode(body.creditCode);
    const typed = body.code.trim();
    if (!new RegExp(`^\\d{${CODE_DIGITS}}$`, 'u').test(typed)) {
      throw badField('code', 'invalid-code', {
        zh: `验证码为${CODE_DIGITS}位数字`,
        en: `The code is ${CODE_DIGITS} digits`,
      });
    }
    const check = await this.codes.check(walkIn.sessionId, creditCode, typed);
    if (!check.ok && check.reason === 'none-or-expired') {
      throw badField('code', 'code-expired', {
        zh: '验证码已失效（5分钟内有效、只能使用一次），请重新获取',
        en: 'The code is no longer valid (it lasts 5 minutes and works once); ask for a new one',
      });
    }
    if (!check.ok) {
      throw badField('code', 'wrong-code', {
        zh:
          check.triesLeft > 0
            ? `验证码不正确，还可以再试${check.triesLeft}次`
            : '验证码不正确，该验证码已失效，请重新获取',
        en:
          check.triesLeft > 0
            ? `The code is not right; ${check.triesLeft} tries left`
            : 'The code is not right and is now void; ask for a new one',
      });
    }
    // The proof names the phone the code went to, whatever the directory says now.
    const enterprise = reachable(await findEnterprise(this.db, creditCode), creditCode);
    const proof = this.proofs.sign({
      creditCode,
      contactPhone: check.phone,
      deviceId: walkIn.deviceId,
      sessionId: walkIn.sessionId,
    });
    return { creditCode, name: enterprise.name, proof };
  }
}
