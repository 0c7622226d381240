import { Inject, Injectable } from '@nestjs/common';
import { RateLimitStore } from '@qinqing/shared/nest-platform';
import type { IdentityOptions } from '../identity.options';
import { IDENTITY_OPTIONS } from '../identity.tokens';
import { CredentialThrottle } from './credential-throttle';

/** The credential throttles of identity, counted in the app's rate-limit store (see RateLimitStore). */
@Injectable()
export class CredentialThrottles {
  /** Staff passwords, per (normalised username, address). */
  readonly staffLogin: CredentialThrottle;
  /** Kiosk device credentials, per (device id as given, address). */
  readonly deviceCredential: CredentialThrottle;

  constructor(store: RateLimitStore, @Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    this.staffLogin = new CredentialThrottle(
      store,
      'login',
      options.loginThrottle,
      'login-throttled',
      (s) => ({
        zh: `登录失败次数过多，请${s}秒后再试（账户未被锁定，其他地点的登录不受影响）`,
        en: `Too many failed logins from here; try again in ${s} seconds (the account is not locked elsewhere)`,
      }),
    );
    this.deviceCredential = new CredentialThrottle(
      store,
      'kiosk-credential',
      options.deviceCredentialThrottle,
      'device-credential-throttled',
      (s) => ({
        zh: `设备凭据错误次数过多，请${s}秒后再试`,
        en: `Too many wrong device credentials from here; try again in ${s} seconds`,
      }),
    );
  }
}
