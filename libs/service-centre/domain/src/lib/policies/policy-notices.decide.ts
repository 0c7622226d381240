import {
  accept,
  type Decider,
  type DecisionContext,
  domainError,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import type { PolicyNoticesEvent } from './policy-notices.events';
import {
  evolvePolicyNotices,
  initialPolicyNoticesState,
  type PolicyNoticesState,
} from './policy-notices.state';

/**
 * The most credit codes one notices event lists: a bounded page, so a policy offered to a million enterprises
 * is 2,000 events of one short statement each, never one huge read or message.
 */
export const POLICY_NOTICE_BATCH = 500;

/** What a notice names of the policy. */
export interface NoticedPolicy {
  readonly policyId: string;
  readonly title: string;
  readonly documentNumber: string;
}

/** A page of the publication sweep: the offered enterprises above `after`, in credit-code order. */
export interface ListSweepPage {
  readonly type: 'ListSweepPage';
  readonly policy: NoticedPolicy;
  /** The cursor the page was read after: '' for the first page, else the last code of the page before. */
  readonly after: string;
  readonly creditCodes: readonly string[];
  /** No offered enterprise is left above this page. */
  readonly last: boolean;
}

/** The policy left force (withdrawn, or past its last day) before the sweep was over. */
export interface EndSweep {
  readonly type: 'EndSweep';
  readonly policyId: string;
  readonly ending: 'withdrawn' | 'expired';
}

/** Enterprises offered the policy after its publication, as they arrived in the directory. */
export interface ListArrivals {
  readonly type: 'ListArrivals';
  readonly policy: NoticedPolicy;
  readonly creditCodes: readonly string[];
}

export type PolicyNoticesCommand = ListSweepPage | EndSweep | ListArrivals;

const invalidBatch = (zh: string, en: string): DomainError =>
  domainError('validation', 'invalid-notice-batch', { zh, en }, 'creditCodes');

/** A batch is 1 to POLICY_NOTICE_BATCH distinct codes in ascending order, all above `after`. */
const batchProblem = (creditCodes: readonly string[], after: string): DomainError | null => {
  if (creditCodes.length > POLICY_NOTICE_BATCH)
    return invalidBatch(
      `一批最多${POLICY_NOTICE_BATCH}家企业`,
      `a batch lists at most ${POLICY_NOTICE_BATCH} enterprises`,
    );
  let previous = after;
  for (const code of creditCodes) {
    if (code <= previous)
      return invalidBatch(
        '统一社会信用代码须按升序排列、不重复，且在上一页之后',
        'credit codes are ascending, distinct and after the previous page',
      );
    previous = code;
  }
  return null;
};

/**
 * Decides which enterprises are listed for a policy's notices, so that each page of the publication sweep is
 * listed once — a page read after a cursor the stream has moved past is a retry (a crash between the append and
 * the pass's own note, or a second process) and lists nothing — and enterprises arriving while the sweep is
 * under way are left to the sweep when it has not reached their code yet.
 */
export const decidePolicyNotices = (
  command: PolicyNoticesCommand,
  state: PolicyNoticesState,
  { now }: DecisionContext,
) => {
  const at = now.toISOString();
  switch (command.type) {
    case 'ListSweepPage': {
      if (state.sweep === 'ended' || command.after !== state.after) return accept<PolicyNoticesEvent>();
      const problem = batchProblem(command.creditCodes, command.after);
      if (problem !== null) return reject(problem);
      if (command.creditCodes.length === 0 && !command.last)
        return reject(invalidBatch('只有最后一页可以为空', 'only the last page may be empty'));
      const events: PolicyNoticesEvent[] = [];
      const { policyId, title, documentNumber } = command.policy;
      if (command.creditCodes.length > 0)
        events.push({
          type: 'PolicyNoticesDue',
          data: {
            policyId,
            title,
            documentNumber,
            origin: 'publication',
            creditCodes: [...command.creditCodes],
            dueAt: at,
          },
        });
      if (command.last)
        events.push({
          type: 'PolicyNoticeSweepEnded',
          data: {
            policyId,
            ending: 'complete',
            swept: state.swept + command.creditCodes.length,
            endedAt: at,
          },
        });
      return accept(...events);
    }
    case 'EndSweep':
      if (state.sweep === 'ended') return accept<PolicyNoticesEvent>();
      return accept<PolicyNoticesEvent>({
        type: 'PolicyNoticeSweepEnded',
        data: { policyId: command.policyId, ending: command.ending, swept: state.swept, endedAt: at },
      });
    case 'ListArrivals': {
      const problem = batchProblem(command.creditCodes, '');
      if (problem !== null) return reject(problem);
      // The sweep under way lists every offered code above its cursor when it gets there.
      const listed =
        state.sweep === 'under-way'
          ? command.creditCodes.filter((code) => code <= state.after)
          : command.creditCodes;
      if (listed.length === 0) return accept<PolicyNoticesEvent>();
      const { policyId, title, documentNumber } = command.policy;
      return accept<PolicyNoticesEvent>({
        type: 'PolicyNoticesDue',
        data: { policyId, title, documentNumber, origin: 'arrival', creditCodes: listed, dueAt: at },
      });
    }
  }
};

export const policyNoticesDecider: Decider<PolicyNoticesCommand, PolicyNoticesEvent, PolicyNoticesState> = {
  initialState: initialPolicyNoticesState,
  evolve: evolvePolicyNotices,
  decide: decidePolicyNotices,
};
