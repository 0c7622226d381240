/**
 * How a published policy's SMS notices fared (`GET /api/liaison/policy-notices/:policyId`): how many enterprises
 * were texted, had no contact mobile in the directory, were not texted under a credit restriction on policy
 * benefits, could not be texted, or are still waiting (held before the first try, a send under way or a retry to
 * come). Counts only: no enterprise, no phone.
 */
export interface PolicyNoticeTotalsView {
  readonly policyId: string;
  readonly pending: number;
  readonly sent: number;
  readonly noContactPhone: number;
  /** Restricted from policy benefits when the text was to go (listed before the restriction reached the list). */
  readonly withheld: number;
  readonly failed: number;
  /** When a figure last changed; null before the first notice of the policy reached liaison. */
  readonly updatedAt: string | null;
}
