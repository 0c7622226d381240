import { creditCodeSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import type { CREDIT_RECORD_KINDS } from './integrity-record.bodies';
import type { CREDIT_SEVERITIES } from './disclosure-period.query';

/** What a restriction keeps an enterprise from (the domain's RESTRICTION_PURPOSES, checked equal in a test). */
export const CREDIT_RESTRICTION_PURPOSES = [
  'honours',
  'policy-benefits',
  'public-procurement',
  'key-enterprise-pairing',
] as const;

export type CreditRestrictionPurpose = (typeof CREDIT_RESTRICTION_PURPOSES)[number];

/** Why a restriction ended early (the domain's LIFT_REASONS). */
export const CREDIT_LIFT_REASONS = ['repaired', 'record-withdrawn', 'record-corrected'] as const;

/**
 * `GET /api/credit/restrictions?creditCode=&purpose=`: one enterprise's restrictions for staff, optionally for
 * one purpose. The credit code is checked as a 统一社会信用代码; an unknown purpose is a 400 naming `purpose`.
 */
export const restrictionsQuery = z.object({
  creditCode: creditCodeSchema,
  purpose: z
    .enum(CREDIT_RESTRICTION_PURPOSES, {
      message: `用途须为 ${CREDIT_RESTRICTION_PURPOSES.join('、')} 之一 / purpose is one of ${CREDIT_RESTRICTION_PURPOSES.join(', ')}`,
    })
    .optional(),
});

export type RestrictionsQuery = z.infer<typeof restrictionsQuery>;

export interface RestrictionEntry {
  readonly restrictionId: string;
  readonly documentNumber: string;
  readonly kind: (typeof CREDIT_RECORD_KINDS)[number];
  readonly severity: (typeof CREDIT_SEVERITIES)[number] | null;
  readonly purposes: readonly CreditRestrictionPurpose[];
  readonly startsOn: string;
  readonly endsOn: string;
  /** Not lifted, and `asOf` within [startsOn, endsOn]. */
  readonly active: boolean;
  readonly liftedOn: string | null;
  readonly liftReason: (typeof CREDIT_LIFT_REASONS)[number] | null;
  readonly issuingAuthority: string;
}

export interface EnterpriseRestrictions {
  readonly creditCode: string;
  /** The day (China) `active` is read on. */
  readonly asOf: string;
  readonly restrictions: readonly RestrictionEntry[];
}
