import {
  accept,
  type Decider,
  type DecisionContext,
  domainError,
  type DomainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { criteriaProblem } from './policy-criteria';
import type { PolicyDetails, PolicyEvent } from './policy.events';
import { policyRuleError } from './policy-rules';
import { chinaDateOf, evolvePolicy, initialPolicyState, type PolicyState } from './policy.state';

export interface DraftPolicy {
  readonly type: 'DraftPolicy';
  readonly policyId: string;
  readonly details: PolicyDetails;
  readonly by: string;
}

export interface EditPolicy {
  readonly type: 'EditPolicy';
  readonly details: PolicyDetails;
  readonly by: string;
}

export interface PublishPolicy {
  readonly type: 'PublishPolicy';
  readonly by: string;
}

export interface WithdrawPolicy {
  readonly type: 'WithdrawPolicy';
  readonly reason: string;
  readonly by: string;
}

export type PolicyCommand = DraftPolicy | EditPolicy | PublishPolicy | WithdrawPolicy;

/** The dates a policy may carry (rule `policy-dates`). */
export const POLICY_DATE_RANGE = { earliest: '1949-10-01', latest: '2100-12-31' } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/u;
/**
 * A real calendar date within POLICY_DATE_RANGE (ISO dates compare as text). `Date` rolls 2026-02-30 over to
 * March and makes 2026-13-01 an invalid date, whose `toISOString` throws: both are refused, neither is a 500.
 */
const validDate = (value: string): boolean => {
  if (!DATE.test(value) || value < POLICY_DATE_RANGE.earliest || value > POLICY_DATE_RANGE.latest)
    return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

const { earliest, latest } = POLICY_DATE_RANGE;
const badDate = (field: string, value: string, zh: string, en: string): DomainError =>
  policyRuleError(
    'validation',
    'invalid-policy',
    'policy-dates',
    {
      zh: `${zh}须为${earliest}至${latest}之间的真实日期（YYYY-MM-DD），收到“${value}”`,
      en: `${en} is a real date from ${earliest} to ${latest} (YYYY-MM-DD); got “${value}”`,
    },
    { field },
  );

const invalid = (field: string, zh: string, en: string): DomainError =>
  domainError('validation', 'invalid-policy', { zh, en }, field);

/** Trims the free text so a stray space never makes two policies differ. */
const tidy = (details: PolicyDetails): PolicyDetails => ({
  ...details,
  title: details.title.trim(),
  issuingBody: details.issuingBody.trim(),
  documentNumber: details.documentNumber.trim(),
  summary: details.summary.trim(),
  fullText: details.fullText.trim(),
  benefits: details.benefits.map((b) => b.trim()).filter((b) => b.length > 0),
});

/** The shape of the details, whatever the lifecycle: a draft may still lack its number and body. */
const detailsProblem = (details: PolicyDetails): DomainError | null => {
  if (details.title.length === 0 || details.title.length > 200)
    return invalid('title', '标题须为1至200字', 'the title is 1 to 200 characters');
  if (details.summary.length > 2_000)
    return invalid('summary', '摘要最多2000字', 'the summary is at most 2,000 characters');
  if (details.fullText.length > 100_000)
    return invalid('fullText', '全文最多100000字', 'the full text is at most 100,000 characters');
  if (details.benefits.length > 20) return invalid('benefits', '最多20项优惠内容', 'at most 20 benefits');
  if (!validDate(details.effectiveOn))
    return badDate('effectiveOn', details.effectiveOn, '生效日期', 'the effective date');
  if (details.expiresOn !== null && !validDate(details.expiresOn))
    return badDate('expiresOn', details.expiresOn, '失效日期', 'the expiry date');
  if (details.expiresOn !== null && details.expiresOn < details.effectiveOn)
    return policyRuleError(
      'validation',
      'invalid-policy',
      'policy-dates',
      { zh: '失效日期不得早于生效日期', en: 'the expiry date is not before the effective date' },
      { field: 'expiresOn' },
    );
  const problem = criteriaProblem(details.criteria);
  return problem === null ? null : invalid(problem.field, problem.message.zh, problem.message.en);
};

/** What publication needs beyond a well-formed draft: the document identified in full, and still in force. */
const publicationProblem = (details: PolicyDetails, today: string): DomainError | null => {
  const missing = (field: string, zh: string, en: string) =>
    policyRuleError('validation', 'policy-incomplete', 'policy-published-in-full', { zh, en }, { field });
  if (details.issuingBody.length === 0) return missing('issuingBody', '未填写发文机关', 'no issuing body');
  if (details.documentNumber.length === 0)
    return missing('documentNumber', '未填写文号', 'no document number');
  if (details.summary.length === 0) return missing('summary', '未填写摘要', 'no summary');
  if (details.benefits.length === 0) return missing('benefits', '未填写优惠内容', 'no benefits');
  if (details.expiresOn !== null && details.expiresOn < today)
    return policyRuleError(
      'conflict',
      'policy-expired',
      'policy-lifecycle',
      {
        zh: `政策已于${details.expiresOn}失效，不能发布`,
        en: `the policy expired on ${details.expiresOn} and cannot be published`,
      },
      { field: 'expiresOn' },
    );
  return null;
};

const wrongStatus = (state: PolicyState, action: { zh: string; en: string }): DomainError =>
  state.status === 'none'
    ? domainError('not-found', 'policy-not-found', { zh: '没有这项政策', en: 'no such policy' })
    : policyRuleError('conflict', 'policy-wrong-status', 'policy-lifecycle', {
        zh: `${action.zh}：政策当前状态为${state.status}`,
        en: `${action.en}: the policy is ${state.status}`,
      });

/** A policy's decisions: draft, edit and publish a draft; withdraw a published policy. */
export const decidePolicy = (command: PolicyCommand, state: PolicyState, { now }: DecisionContext) => {
  const at = now.toISOString();
  switch (command.type) {
    case 'DraftPolicy': {
      if (state.status !== 'none')
        return reject(
          domainError('conflict', 'policy-exists', { zh: '政策编号已存在', en: 'the policy id exists' }),
        );
      const details = tidy(command.details);
      const problem = detailsProblem(details);
      if (problem !== null) return reject(problem);
      return accept<PolicyEvent>({
        type: 'PolicyDrafted',
        data: { policyId: command.policyId, details, draftedBy: command.by, draftedAt: at },
      });
    }
    case 'EditPolicy': {
      if (state.status !== 'draft')
        return reject(wrongStatus(state, { zh: '只能修改草稿', en: 'only a draft is edited' }));
      const details = tidy(command.details);
      const problem = detailsProblem(details);
      if (problem !== null) return reject(problem);
      return accept<PolicyEvent>({
        type: 'PolicyEdited',
        data: { policyId: state.policyId, details, editedBy: command.by, editedAt: at },
      });
    }
    case 'PublishPolicy': {
      if (state.status !== 'draft')
        return reject(wrongStatus(state, { zh: '只能发布草稿', en: 'only a draft is published' }));
      const today = chinaDateOf(now);
      const problem = publicationProblem(state.details, today);
      if (problem !== null) return reject(problem);
      return accept<PolicyEvent>({
        type: 'PolicyPublished',
        data: {
          policyId: state.policyId,
          details: state.details,
          publishedBy: command.by,
          publishedAt: at,
          publishedOn: today,
        },
      });
    }
    case 'WithdrawPolicy': {
      if (state.status !== 'published')
        return reject(
          wrongStatus(state, { zh: '只能撤回已发布的政策', en: 'only a published policy is withdrawn' }),
        );
      const reason = command.reason.trim();
      if (reason.length === 0 || reason.length > 500)
        return reject(invalid('reason', '撤回理由须为1至500字', 'the reason is 1 to 500 characters'));
      return accept<PolicyEvent>({
        type: 'PolicyWithdrawn',
        data: { policyId: state.policyId, reason, withdrawnBy: command.by, withdrawnAt: at },
      });
    }
  }
};

export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  initialState: initialPolicyState,
  evolve: evolvePolicy,
  decide: decidePolicy,
};
