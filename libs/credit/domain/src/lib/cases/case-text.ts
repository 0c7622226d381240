import type { DomainError } from '@qinqing/shared/domain-kernel';
import { creditRuleError, type CreditRule } from '../credit-rules';

/** A free text of an objection or repair application: not blank, at most `max` characters; else a 400 naming it. */
export const caseTextProblem = <Code extends string>(
  code: Code,
  rule: CreditRule,
  field: string,
  name: { readonly zh: string; readonly en: string },
  value: string,
  max: number,
): DomainError<Code> | null => {
  const length = [...value.trim()].length;
  if (length > 0 && length <= max) return null;
  return creditRuleError(
    'validation',
    code,
    rule,
    {
      zh: `${name.zh}不能为空，且不超过${max}个字`,
      en: `The ${name.en} must not be blank and at most ${max} characters long`,
    },
    { field },
  );
};
