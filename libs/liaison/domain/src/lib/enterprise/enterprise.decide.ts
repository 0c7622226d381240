import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import type { EnterpriseEvent } from './enterprise.events';
import { evolveEnterprise, initialEnterpriseState, type EnterpriseState } from './enterprise.state';

/** Open a enterprise: the command every enterprise starts with. */
export interface OpenEnterprise {
  readonly type: 'OpenEnterprise';
  readonly enterpriseId: string;
  readonly title: string;
  readonly openedBy: string;
}

export type EnterpriseCommand = OpenEnterprise;

export type EnterpriseErrorCode = 'enterprise-exists' | 'invalid-enterprise-title';

/** The longest title, in characters (code points, so a CJK title counts what people read). */
export const ENTERPRISE_TITLE_MAX = 200;

const exists = (id: string): DomainError<EnterpriseErrorCode> =>
  domainError('conflict', 'enterprise-exists', {
    zh: `编号为 ${id} 的记录已存在，不能重复创建`,
    en: `A enterprise with id ${id} exists already; it is opened once`,
  });

const invalidTitle = (): DomainError<EnterpriseErrorCode> =>
  domainError(
    'validation',
    'invalid-enterprise-title',
    {
      zh: `标题不能为空，且不超过${ENTERPRISE_TITLE_MAX}个字`,
      en: `The title must not be blank and at most ${ENTERPRISE_TITLE_MAX} characters long`,
    },
    'title',
  );

/**
 * The rules of a enterprise: it is opened once (its id names one stream), and its title is not blank and
 * not longer than ENTERPRISE_TITLE_MAX. Time arrives as input (`now`); nothing here reads a clock,
 * a database or a random source.
 */
const decideEnterprise = (
  command: EnterpriseCommand,
  state: EnterpriseState,
  { now }: DecisionContext,
): Decision<EnterpriseEvent, DomainError<EnterpriseErrorCode>> => {
  switch (command.type) {
    case 'OpenEnterprise': {
      if (state.status !== 'absent') return reject(exists(command.enterpriseId));
      const title = command.title.trim();
      if (title.length === 0 || [...title].length > ENTERPRISE_TITLE_MAX) return reject(invalidTitle());
      return accept({
        type: 'EnterpriseOpened',
        data: {
          enterpriseId: command.enterpriseId,
          title,
          openedBy: command.openedBy,
          openedAt: now.toISOString(),
        },
      });
    }
  }
};

export const enterpriseDecider: Decider<
  EnterpriseCommand,
  EnterpriseEvent,
  EnterpriseState,
  DomainError<EnterpriseErrorCode>
> = {
  initialState: initialEnterpriseState,
  evolve: evolveEnterprise,
  decide: decideEnterprise,
};
