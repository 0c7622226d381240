/** Stream ids of 清廉企业 evaluations: one stream per enterprise and year, so a re-evaluation follows the first. */
const PREFIX = 'credit-clean-enterprise-';

export const cleanEnterpriseStreamId = (creditCode: string, year: number): string =>
  `${PREFIX}${creditCode}-${year}`;

export const isCleanEnterpriseStream = (streamId: string): boolean => streamId.startsWith(PREFIX);
