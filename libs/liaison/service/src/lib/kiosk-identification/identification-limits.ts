import { Injectable } from '@nestjs/common';
import {
  AttemptBudget,
  ClientBudget,
  RateLimitStore,
  type RequestingClient,
  TooManyAttemptsException,
} from '@qinqing/shared/nest-platform';

type Allowance = { readonly points: number; readonly minutes: number };
const DAY = 24 * 60;

/**
 * How often codes may be sent and tried; each limit is per kiosk device first, then per network address with a
 * higher ceiling (a centre's kiosks behind one address are not stopped together).
 * - Codes asked: 10 per 10 minutes and 40 a day per device (100 and 400 per address).
 * - Codes tried: 30 per 10 minutes and 100 a day per device (300 and 1,000 per address): a guesser at one kiosk
 *   has one chance in 10,000 a day of hitting some enterprise's live code, at a centre's address one in 1,000.
 * - Per enterprise: 3 codes per 10 minutes and 5 a day from one kiosk, 20 a day from everywhere — nobody floods an
 *   enterprise's phone, and one kiosk cannot lock an enterprise out (it takes four kiosks to spend its day).
 */
export const IDENTIFICATION_LIMITS = {
  codes: {
    perDevice: [
      { points: 10, minutes: 10 },
      { points: 40, minutes: DAY },
    ],
    perAddress: [
      { points: 100, minutes: 10 },
      { points: 400, minutes: DAY },
    ],
  },
  tries: {
    perDevice: [
      { points: 30, minutes: 10 },
      { points: 100, minutes: DAY },
    ],
    perAddress: [
      { points: 300, minutes: 10 },
      { points: 1_000, minutes: DAY },
    ],
  },
  enterprise: {
    perDevice: [
      { points: 3, minutes: 10 },
      { points: 5, minutes: DAY },
    ],
    everywhere: { points: 20, minutes: DAY },
  },
} as const;

const atThisKiosk = (seconds: number) => ({
  zh: `本终端获取或输入验证码过于频繁，请${seconds}秒后再试或联系现场工作人员`,
  en: `Too many codes asked or tried at this kiosk; try again in ${seconds} seconds or ask the staff`,
});

const forThisEnterprise = (seconds: number) => ({
  zh: `该企业的验证码发送过于频繁，请${seconds}秒后再试或到服务窗口办理`,
  en: `Too many codes were sent for this enterprise; try again in ${seconds} seconds or go to a service desk`,
});

const budget = (store: RateLimitStore, name: string, allowance: Allowance): AttemptBudget =>
  new AttemptBudget(store, { name, points: allowance.points, durationSeconds: allowance.minutes * 60 });

const spend = async (budgets: readonly AttemptBudget[], key: readonly string[]): Promise<number> => {
  for (const each of budgets) {
    const wait = await each.consume(...key);
    if (wait > 0) return wait;
  }
  return 0;
};

@Injectable()
export class IdentificationLimits {
  private readonly codes: readonly ClientBudget[];
  private readonly tries: readonly ClientBudget[];
  private readonly enterpriseAtDevice: readonly AttemptBudget[];
  private readonly enterprise: AttemptBudget;

  constructor(store: RateLimitStore) {
    const limits = IDENTIFICATION_LIMITS;
    const clientBudgets = (name: string, what: (typeof limits)['codes' | 'tries']) =>
      what.perDevice.map(
        (perClient, window) =>
          new ClientBudget(
            store,
            `${name}:${window}`,
            { perClient, perAddress: what.perAddress[window] ?? perClient },
            atThisKiosk,
          ),
      );
    this.codes = clientBudgets('kiosk-identification-codes', limits.codes);
    this.tries = clientBudgets('kiosk-identification-tries', limits.tries);
    this.enterpriseAtDevice = limits.enterprise.perDevice.map((allowance, window) =>
      budget(store, `kiosk-identification-enterprise-device:${window}`, allowance),
    );
    this.enterprise = budget(store, 'kiosk-identification-enterprise', limits.enterprise.everywhere);
  }

  /** Counts a code asked at this kiosk; 429 past the device's or the address's budgets. */
  async codeAsked(client: RequestingClient): Promise<void> {
    for (const each of this.codes) await each.consume(client);
  }

  /** Counts a code sent to this enterprise's phone from this kiosk; 429 past any of its budgets. */
  async codeSentTo(creditCode: string, deviceId: string): Promise<void> {
    const wait =
      (await spend(this.enterpriseAtDevice, [creditCode, deviceId])) ||
      (await spend([this.enterprise], [creditCode]));
    if (wait > 0) throw new TooManyAttemptsException(wait, 'rate-limited', forThisEnterprise);
  }

  /** Counts a code typed at this kiosk; 429 past the device's or the address's budgets. */
  async codeTried(client: RequestingClient): Promise<void> {
    for (const each of this.tries) await each.consume(client);
  }
}
