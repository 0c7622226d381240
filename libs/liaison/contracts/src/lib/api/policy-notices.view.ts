/**
 * How a published policy's SMS notices fared (`GET /api/liaison/policy-notices/:policyId`): how many enterprises
 * were texted, had no contact mobile in the directory, could not be texted, or are still waiting (a send under
 * way or a retry to come). Counts only: no enterprise, no phone.
 */
export interface PolicyNoticeTotalsView {
  readonly policyId: string;
  readonly pending: number;
  readonly sent: number;
  readonly noContactPhone: number;
  readonly failed: number;
  /** When a figure last changed; null before the first notice of the policy reached liaison. */
  readonly updatedAt: string | null;
}
