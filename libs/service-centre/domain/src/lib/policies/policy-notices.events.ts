import type { DomainEvent } from '@qinqing/shared/domain-kernel';

/**
 * Whom a policy's notices go to: `publication`, a page of the sweep over the enterprises the policy was offered
 * to when published; `arrival`, enterprises offered it later, as they arrived in the directory (or a correction
 * brought them into its criteria).
 */
export type PolicyNoticeOrigin = 'publication' | 'arrival';

/**
 * Enterprises that should be told of a policy they were offered (精准推送's SMS notice): credit codes only, in
 * ascending order, at most `POLICY_NOTICE_BATCH` of them. The service centre holds no phone: liaison, which keeps
 * the directory's contact mobiles, sends the text.
 */
export type PolicyNoticesDue = DomainEvent<
  'PolicyNoticesDue',
  {
    readonly policyId: string;
    readonly title: string;
    readonly documentNumber: string;
    readonly origin: PolicyNoticeOrigin;
    readonly creditCodes: readonly string[];
    readonly dueAt: string;
  }
>;

/**
 * The publication sweep is over: every enterprise offered the policy has been listed (`complete`), or the policy
 * left force before the sweep got there (`withdrawn`, `expired`) and the rest are not told.
 */
export type PolicyNoticeSweepEnded = DomainEvent<
  'PolicyNoticeSweepEnded',
  {
    readonly policyId: string;
    readonly ending: 'complete' | 'withdrawn' | 'expired';
    /** How many enterprises the sweep listed. */
    readonly swept: number;
    readonly endedAt: string;
  }
>;

export type PolicyNoticesEvent = PolicyNoticesDue | PolicyNoticeSweepEnded;
