import type { FieldProblem } from '@qinqing/shared/contracts-kit';

/** Every error answer has this shape, whatever went wrong. */
export interface ErrorBody {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  /** The rule, setting and source behind a domain refusal (see RuleReference). */
  readonly rule?: { readonly rule: string; readonly setting?: string; readonly source: string };
  readonly fields?: readonly FieldProblem[];
  readonly correlationId?: string;
}
