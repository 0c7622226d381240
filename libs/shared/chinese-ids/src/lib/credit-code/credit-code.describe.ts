import type { LocalizedText } from '../common/localized-text';
import type { UnifiedSocialCreditCode } from './credit-code.validate';
import { REGISTRATION_AUTHORITIES } from './registration-authorities';

export interface CreditCodeParts {
  readonly registrationAuthority: { readonly code: string; readonly name: LocalizedText };
  /** `name` is absent when the authority uses a category code the published table does not list. */
  readonly category: { readonly code: string; readonly name?: LocalizedText };
  /** 登记管理机关行政区划码 (GB/T 2260) of the registering office, not necessarily the address. */
  readonly regionCode: string;
  /** 组织机构代码 (GB 11714), the part that stays with the organisation. */
  readonly organisationCode: string;
  readonly checkChar: string;
}

/** Splits a validated code into the parts GB 32100 defines, for the staff console to show. */
export const describeUnifiedSocialCreditCode = (code: UnifiedSocialCreditCode): CreditCodeParts => {
  const authorityCode = code.charAt(0);
  const categoryCode = code.charAt(1);
  const authority = REGISTRATION_AUTHORITIES[authorityCode];
  if (authority === undefined) throw new RangeError(`${code} has no known registration authority`);
  const categoryName = authority.categories[categoryCode];
  return {
    registrationAuthority: { code: authorityCode, name: authority.name },
    category:
      categoryName === undefined ? { code: categoryCode } : { code: categoryCode, name: categoryName },
    regionCode: code.slice(2, 8),
    organisationCode: code.slice(8, 17),
    checkChar: code.charAt(17),
  };
};
