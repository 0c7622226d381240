import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';

/** A valid 统一社会信用代码 for tests: 91 + a region + an organisation code with its check characters. */
export const testCreditCode = (organisation8: string, region = '330203'): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};
