import { processDivisionDirectory } from '@qinqing/shared/divisions';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';

/**
 * An area code that has the GB/T 2260 form must also name a real division (the health index counts under it):
 * 400 `unknown-area` naming the field otherwise. A code of the wrong form is left to the schema or decider.
 */
export const assertKnownDivision = (areaCode: string, field = 'areaCode'): void => {
  const code = areaCode.trim();
  if (!/^\d{6}(\d{3})?$/u.test(code) || processDivisionDirectory.lookup(code) !== null) return;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'unknown-area',
    message: { zh: `行政区划代码 ${code} 不在 GB/T 2260 中`, en: `${code} is not a GB/T 2260 division` },
    field,
  });
};
