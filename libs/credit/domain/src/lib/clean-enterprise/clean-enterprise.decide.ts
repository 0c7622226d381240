import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { creditRuleError } from '../credit-rules';
import { chinaDateOf } from '../disclosure/calendar-date';
import {
  type CleanEnterpriseChecklist,
  evaluateCleanEnterprise,
  type EvaluationRecord,
} from './clean-enterprise-items';
import type { CleanEnterpriseEvaluated, CleanEnterpriseEvent } from './clean-enterprise.events';

export type CleanEnterpriseState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'evaluated';
      /** The standing evaluation: the latest. */
      readonly evaluation: CleanEnterpriseEvaluated['data'];
      readonly evaluations: number;
    };

/** Evaluate an enterprise's year from its records (those decided in the year), the checklist and its pledges. */
export interface EvaluateCleanEnterprise {
  readonly type: 'EvaluateCleanEnterprise';
  readonly evaluationId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly year: number;
  readonly records: readonly EvaluationRecord[];
  readonly checklist: CleanEnterpriseChecklist;
  readonly pledgeSigned: boolean;
  readonly evaluatedBy: string;
}

export type CleanEnterpriseErrorCode = 'year-not-over';

type CleanEnterpriseError = DomainError<CleanEnterpriseErrorCode>;

/**
 * 清廉企业 (Ningbo): evaluated yearly, so only a year that has ended (in China) is evaluated — its records are
 * complete. One evaluation per enterprise and year stands; evaluating again records a new one that replaces it,
 * and the earlier stays in the history.
 */
const decideCleanEnterprise = (
  command: EvaluateCleanEnterprise,
  state: CleanEnterpriseState,
  { now }: DecisionContext,
): Decision<CleanEnterpriseEvent, CleanEnterpriseError> => {
  const today = chinaDateOf(now);
  if (command.year >= Number(today.slice(0, 4))) {
    return reject(
      creditRuleError(
        'validation',
        'year-not-over',
        'clean-enterprise',
        {
          zh: `${command.year} 年度尚未结束（今天 ${today}），年度评价在年度结束后进行`,
          en: `The year ${command.year} has not ended (today is ${today}); a year is evaluated once it is over`,
        },
        { field: 'year' },
      ),
    );
  }
  const result = evaluateCleanEnterprise(
    command.records,
    command.year,
    command.checklist,
    command.pledgeSigned,
  );
  return accept({
    type: 'CleanEnterpriseEvaluated',
    data: {
      evaluationId: command.evaluationId,
      creditCode: command.creditCode,
      enterpriseName: command.enterpriseName,
      year: command.year,
      passed: result.passed,
      items: result.items,
      checklist: { integritySystem: command.checklist.integritySystem },
      replaces: state.status === 'evaluated' ? state.evaluation.evaluationId : null,
      evaluatedBy: command.evaluatedBy,
      evaluatedOn: today,
      evaluatedAt: now.toISOString(),
    },
  });
};

export const cleanEnterpriseDecider: Decider<
  EvaluateCleanEnterprise,
  CleanEnterpriseEvent,
  CleanEnterpriseState,
  CleanEnterpriseError
> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (state, event) => ({
    status: 'evaluated',
    evaluation: event.data,
    evaluations: state.status === 'evaluated' ? state.evaluations + 1 : 1,
  }),
  decide: decideCleanEnterprise,
};
