import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { policyDecider } from './policy.decide';
import type { PolicyDetails, PolicyDrafted, PolicyPublished } from './policy.events';
import { policyStatusOn } from './policy.state';
import { policyIdOfStream, policyStreamId } from './policy.stream';

const now = new Date('2026-12-02T17:30:00.000Z'); // 2026-12-03 in China
const given = deciderSpecification(policyDecider, { now });

const details: PolicyDetails = {
  title: '宁波市支持制造业中小企业数字化改造若干措施',
  issuingBody: '宁波市经济和信息化局',
  documentNumber: '甬经信〔2026〕18号',
  effectiveOn: '2026-01-01',
  expiresOn: '2027-12-31',
  summary: '对完成数字化改造的制造业中型、小型企业给予设备投资补助。',
  fullText: '一、支持对象……',
  benefits: ['设备投资额10%补助，最高200万元'],
  criteria: { industries: ['C'], sizes: ['medium', 'small'], areas: ['330200'], tags: [] },
};

const drafted: PolicyDrafted = {
  type: 'PolicyDrafted',
  data: { policyId: 'p-1', details, draftedBy: 'staff.wu', draftedAt: now.toISOString() },
};

const published: PolicyPublished = {
  type: 'PolicyPublished',
  data: {
    policyId: 'p-1',
    details,
    publishedBy: 'staff.wu',
    publishedAt: now.toISOString(),
    publishedOn: '2026-12-03',
  },
};

describe('a policy in the library (政策库)', () => {
  it('is drafted with its details tidied, and refuses malformed criteria naming the field', () => {
    given([])
      .when({
        type: 'DraftPolicy',
        policyId: 'p-1',
        details: { ...details, title: ` ${details.title} ` },
        by: 'staff.wu',
      })
      .then([drafted]);
    given([])
      .when({
        type: 'DraftPolicy',
        policyId: 'p-1',
        details: { ...details, criteria: { ...details.criteria, industries: ['C', 'Z99'] } },
        by: 'staff.wu',
      })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ kind: 'validation', field: 'criteria.industries.1' }),
      );
    given([])
      .when({
        type: 'DraftPolicy',
        policyId: 'p-1',
        details: { ...details, expiresOn: '2025-12-31' },
        by: 'staff.wu',
      })
      .thenRejectsWith((e) => expect(e).toMatchObject({ field: 'expiresOn' }));
  });

  it('takes only real dates from 1949-10-01 to 2100-12-31, expiry not before effect, naming the field and the rule', () => {
    const draft = (dates: Partial<PolicyDetails>) =>
      given([]).when({
        type: 'DraftPolicy',
        policyId: 'p-1',
        details: { ...details, ...dates },
        by: 'staff.wu',
      });
    for (const [dates, field] of [
      [{ effectiveOn: '0000-01-01' }, 'effectiveOn'],
      [{ effectiveOn: '1949-09-30' }, 'effectiveOn'],
      [{ effectiveOn: '2026-02-30' }, 'effectiveOn'],
      [{ effectiveOn: '2026-13-01' }, 'effectiveOn'],
      [{ effectiveOn: '2026-1-01' }, 'effectiveOn'],
      [{ expiresOn: '2101-01-01' }, 'expiresOn'],
      [{ expiresOn: '9999-12-31' }, 'expiresOn'],
      [{ expiresOn: '2025-12-31' }, 'expiresOn'],
    ] as const)
      draft(dates).thenRejectsWith((e) =>
        expect(e).toMatchObject({
          kind: 'validation',
          code: 'invalid-policy',
          field,
          rule: { rule: 'policy-dates' },
        }),
      );
    draft({ effectiveOn: '0000-01-01' }).thenRejectsWith((e) =>
      expect(e.message).toMatchObject({
        zh: expect.stringContaining(
          '生效日期须为1949-10-01至2100-12-31之间的真实日期（YYYY-MM-DD），收到“0000-01-01”',
        ),
        en: expect.stringContaining('the effective date is a real date from 1949-10-01 to 2100-12-31'),
      }),
    );
    // The bounds themselves are dates a policy may carry.
    draft({ effectiveOn: '1949-10-01', expiresOn: '2100-12-31' }).thenEvents((events) =>
      expect(events[0]?.type).toBe('PolicyDrafted'),
    );
  });

  it('is edited while a draft, and published on the China-time date', () => {
    given([drafted])
      .when({ type: 'EditPolicy', details: { ...details, summary: '新摘要' }, by: 'staff.wu' })
      .thenEvents((events) => expect(events[0]?.data).toMatchObject({ details: { summary: '新摘要' } }));
    given([drafted]).when({ type: 'PublishPolicy', by: 'staff.wu' }).then([published]);
  });

  it('refuses to publish without a document number or once expired, naming rule and source', () => {
    given([{ ...drafted, data: { ...drafted.data, details: { ...details, documentNumber: '' } } }])
      .when({ type: 'PublishPolicy', by: 'staff.wu' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({
          code: 'policy-incomplete',
          field: 'documentNumber',
          rule: { rule: 'policy-published-in-full', source: expect.stringContaining('青岛') },
        }),
      );
    given([{ ...drafted, data: { ...drafted.data, details: { ...details, expiresOn: '2026-12-02' } } }])
      .when({ type: 'PublishPolicy', by: 'staff.wu' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'policy-expired', rule: { rule: 'policy-lifecycle' } }),
      );
  });

  it('is withdrawn once published with a reason; a published policy is not edited or published again', () => {
    given([drafted, published])
      .when({ type: 'WithdrawPolicy', reason: ' 政策调整 ', by: 'staff.wu' })
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({ type: 'PolicyWithdrawn', data: { reason: '政策调整' } }),
      );
    given([drafted, published])
      .when({ type: 'EditPolicy', details, by: 'staff.wu' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'policy-wrong-status', rule: { rule: 'policy-lifecycle' } }),
      );
    given([drafted])
      .when({ type: 'WithdrawPolicy', reason: '调整', by: 'staff.wu' })
      .thenRejectsWith((e) => expect(e).toMatchObject({ code: 'policy-wrong-status' }));
    given([])
      .when({ type: 'PublishPolicy', by: 'staff.wu' })
      .thenRejectsWith((e) => expect(e).toMatchObject({ kind: 'not-found' }));
  });

  it('expires by date, and its stream id round-trips', () => {
    expect(policyStatusOn('published', '2026-12-02', '2026-12-03')).toBe('expired');
    expect(policyStatusOn('published', '2026-12-03', '2026-12-03')).toBe('published');
    expect(policyStatusOn('withdrawn', '2020-01-01', '2026-12-03')).toBe('withdrawn');
    expect(policyIdOfStream(policyStreamId('p-1'))).toBe('p-1');
    expect(policyIdOfStream('other-p-1')).toBeNull();
  });
});
