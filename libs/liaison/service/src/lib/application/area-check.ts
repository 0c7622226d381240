import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { domainError } from '@qinqing/shared/domain-kernel';
import type { DivisionDirectory } from '@qinqing/shared/divisions';

/** An area someone names (not the one the credit code implies) must be a division the dataset knows. */
export const requireKnownArea = (divisions: DivisionDirectory, areaCode: string | undefined): void => {
  if (areaCode === undefined) return;
  const code = areaCode.trim();
  if (divisions.lookup(code) !== null) return;
  throw new DomainRejectionError(
    domainError(
      'validation',
      'unknown-area-code',
      {
        zh: `“${code}”不是现行行政区划代码（GB/T 2260，区县6位、乡镇街道9位）`,
        en: `"${code}" is not a current division code (GB/T 2260: 6 digits for a county, 9 for a town or street)`,
      },
      'areaCode',
    ),
  );
};
