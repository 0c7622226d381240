import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CaseActor } from '../cases/case-actor';

/**
 * The credit commitment (信用承诺书) signed for a repair application by the enterprise's responsible person:
 * their name (personal data: masked to the enterprise's own view, never published), position, and the
 * version of the commitment text they signed.
 */
export interface CreditCommitment {
  readonly signatoryName: string;
  readonly signatoryPosition: string;
  readonly textVersion: string;
}

/** A repair application (信用修复申请) for a record, its conditions met on the day it was made. */
export type RepairApplied = DomainEvent<
  'RepairApplied',
  {
    readonly applicationId: string;
    /** 1 for the record's first application, 2 for the next after a refusal, … */
    readonly applicationNumber: number;
    readonly documentNumber: string;
    readonly creditCode: string;
    /** What shows the failing was corrected (整改, 履行完毕): private to the context. */
    readonly correctionEvidence: string;
    readonly commitment: CreditCommitment;
    readonly appliedBy: CaseActor;
    readonly appliedOn: string;
    readonly dueOn: string;
    readonly workingDays: number;
    readonly appliedAt: string;
  }
>;

export const REPAIR_OUTCOMES = ['granted', 'refused'] as const;
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number];

export type RepairDecided = DomainEvent<
  'RepairDecided',
  {
    readonly applicationId: string;
    readonly documentNumber: string;
    readonly creditCode: string;
    readonly outcome: RepairOutcome;
    /** Shown to the enterprise (a refusal says what is missing); never published. */
    readonly reasons: string;
    readonly decidedBy: string;
    readonly decidedOn: string;
    readonly late: boolean;
    readonly decidedAt: string;
  }
>;

export type RepairApplicationEvent = RepairApplied | RepairDecided;
