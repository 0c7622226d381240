import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CleanEnterpriseChecklist, EvaluatedItem } from './clean-enterprise-items';

/** One enterprise's 清廉企业 evaluation of a year; a re-evaluation is a new event naming the one it replaces. */
export type CleanEnterpriseEvaluated = DomainEvent<
  'CleanEnterpriseEvaluated',
  {
    readonly evaluationId: string;
    readonly creditCode: string;
    readonly enterpriseName: string;
    readonly year: number;
    readonly passed: boolean;
    readonly items: readonly EvaluatedItem[];
    readonly checklist: CleanEnterpriseChecklist;
    /** The evaluation this one replaces; null for the first of the year. */
    readonly replaces: string | null;
    readonly evaluatedBy: string;
    readonly evaluatedOn: string;
    readonly evaluatedAt: string;
  }
>;

export type CleanEnterpriseEvent = CleanEnterpriseEvaluated;
