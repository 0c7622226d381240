import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEALS_POLICY } from '../values/clock-policy';
import { appealsPolicyDecider } from './appeals-policy.decide';

const given = deciderSpecification(appealsPolicyDecider, { now: new Date('2026-11-20T02:00:00Z') });

describe('appeals policy', () => {
  it('changes the limits of one category and priority', () => {
    const policy = {
      ...DEFAULT_APPEALS_POLICY,
      overrides: [
        { category: 'legal-rights' as const, priority: 'urgent' as const, limits: { resolveWithin: 5 } },
      ],
    };
    given([])
      .when({ type: 'ChangeAppealsPolicy', policy, reason: '涉企法律维权加急办理' })
      .then([{ type: 'AppealsPolicyChanged', data: { policy, reason: '涉企法律维权加急办理' } }]);
  });

  it('refuses a limit that is not a whole number of working days', () => {
    given([])
      .when({
        type: 'ChangeAppealsPolicy',
        policy: {
          ...DEFAULT_APPEALS_POLICY,
          defaults: { ...DEFAULT_APPEALS_POLICY.defaults, replyWithin: 0.5 },
        },
        reason: 'x',
      })
      .thenRejects('invalid-appeals-policy', 'validation');
  });

  it('refuses an extension shorter than the normal limit', () => {
    given([])
      .when({
        type: 'ChangeAppealsPolicy',
        policy: {
          ...DEFAULT_APPEALS_POLICY,
          overrides: [{ category: 'financing', priority: 'normal', limits: { resolveWithin: 40 } }],
        },
        reason: 'x',
      })
      .thenRejects('invalid-appeals-policy', 'validation');
  });

  it('refuses a change without a reason', () => {
    given([])
      .when({ type: 'ChangeAppealsPolicy', policy: DEFAULT_APPEALS_POLICY, reason: ' ' })
      .thenRejects('invalid-appeals-policy');
  });

  it('refuses windows that do not nest: a reply limit shorter than the accept limit, 报出 longer than 办结', () => {
    given([])
      .when({
        type: 'ChangeAppealsPolicy',
        policy: {
          ...DEFAULT_APPEALS_POLICY,
          defaults: { ...DEFAULT_APPEALS_POLICY.defaults, acceptWithin: 5 },
        },
        reason: 'x',
      })
      .thenRejects('invalid-appeals-policy', 'validation');
    given([])
      .when({
        type: 'ChangeAppealsPolicy',
        policy: {
          ...DEFAULT_APPEALS_POLICY,
          overrides: [{ category: 'policy', priority: 'urgent', limits: { resolveWithin: 4 } }],
        },
        reason: 'x',
      })
      .thenRejectsWith((error) => expect(error.field).toBe('overrides.0.limits.reportUpWithin'));
  });

  it('refuses a pause cap below the pause length that needs approval', () => {
    given([])
      .when({
        type: 'ChangeAppealsPolicy',
        policy: { ...DEFAULT_APPEALS_POLICY, pauseApprovalAfter: 10, pauseCapPerRequest: 5 },
        reason: 'x',
      })
      .thenRejectsWith((error) => expect(error.field).toBe('pauseCapPerRequest'));
  });
});
