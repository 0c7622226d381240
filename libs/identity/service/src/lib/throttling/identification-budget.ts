import { Inject, Injectable } from '@nestjs/common';
import { ClientBudget, RateLimitStore, type RequestingClient } from '@qinqing/shared/nest-platform';
import type { IdentityOptions } from '../identity.options';
import { IDENTITY_OPTIONS } from '../identity.tokens';

/**
 * Walk-in identifications (credit code + mobile number). Identifying lets the walk-in list its requests
 * filed with that number, so unlimited tries would tell which number filed for an enterprise: each kiosk
 * device, then each address (higher ceiling), has a budget.
 */
@Injectable()
export class IdentificationBudget {
  private readonly budget: ClientBudget;

  constructor(store: RateLimitStore, @Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    this.budget = new ClientBudget(
      store,
      'kiosk-identify',
      { perClient: options.identification.perDevice, perAddress: options.identification.perAddress },
      (s) => ({
        zh: `本终端登记企业身份的次数过多，请${s}秒后再试或联系现场工作人员`,
        en: `Too many identifications at this kiosk; try again in ${s} seconds or ask the staff`,
      }),
    );
  }

  consume(client: RequestingClient): Promise<void> {
    return this.budget.consume(client);
  }
}
