import { Injectable } from '@nestjs/common';
import {
  AttemptBudget,
  ClientBudget,
  RateLimitStore,
  type RequestingClient,
  TooManyAttemptsException,
} from '@qinqing/shared/nest-platform';

/**
 * How often codes may be sent and tried. Per kiosk device (then per network address, higher, so a centre's kiosks
 * behind one address are not stopped together): 10 codes and 30 tries per 10 minutes. Per enterprise, wherever
 * asked from: 3 codes per 10 minutes and 10 a day — so nobody can flood an enterprise's phone with texts, and with
 * five tries per code a guesser has at most 50 tries a day at one enterprise, one chance in 20,000.
 */
export const IDENTIFICATION_LIMITS = {
  codesPerDevice: { points: 10, minutes: 10 },
  codesPerAddress: { points: 100, minutes: 10 },
  triesPerDevice: { points: 30, minutes: 10 },
  triesPerAddress: { points: 300, minutes: 10 },
  codesPerEnterprise: { points: 3, minutes: 10 },
  codesPerEnterprisePerDay: { points: 10, minutes: 24 * 60 },
} as const;

const atThisKiosk = (seconds: number) => ({
  zh: `本终端获取或输入验证码过于频繁，请${seconds}秒后再试或联系现场工作人员`,
  en: `Too many codes asked or tried at this kiosk; try again in ${seconds} seconds or ask the staff`,
});

const forThisEnterprise = (seconds: number) => ({
  zh: `该企业的验证码发送过于频繁，请${seconds}秒后再试或到服务窗口办理`,
  en: `Too many codes were sent for this enterprise; try again in ${seconds} seconds or go to a service desk`,
});

@Injectable()
export class IdentificationLimits {
  private readonly codes: ClientBudget;
  private readonly tries: ClientBudget;
  private readonly perEnterprise: readonly AttemptBudget[];

  constructor(store: RateLimitStore) {
    const limits = IDENTIFICATION_LIMITS;
    this.codes = new ClientBudget(
      store,
      'kiosk-identification-codes',
      { perClient: limits.codesPerDevice, perAddress: limits.codesPerAddress },
      atThisKiosk,
    );
    this.tries = new ClientBudget(
      store,
      'kiosk-identification-tries',
      { perClient: limits.triesPerDevice, perAddress: limits.triesPerAddress },
      atThisKiosk,
    );
    this.perEnterprise = [limits.codesPerEnterprise, limits.codesPerEnterprisePerDay].map(
      (allowance, index) =>
        new AttemptBudget(store, {
          name: `kiosk-identification-enterprise:${index}`,
          points: allowance.points,
          durationSeconds: allowance.minutes * 60,
        }),
    );
  }

  /** Counts a code asked at this kiosk; 429 past the device's or the address's budget. */
  codeAsked(client: RequestingClient): Promise<void> {
    return this.codes.consume(client);
  }

  /** Counts a code sent to this enterprise's phone; 429 past either of its budgets. */
  async codeSentTo(creditCode: string): Promise<void> {
    for (const budget of this.perEnterprise) {
      const wait = await budget.consume(creditCode);
      if (wait > 0) throw new TooManyAttemptsException(wait, 'rate-limited', forThisEnterprise);
    }
  }

  /** Counts a code typed at this kiosk; 429 past the device's or the address's budget. */
  codeTried(client: RequestingClient): Promise<void> {
    return this.tries.consume(client);
  }
}
