import { DEMO_DIRECTORY } from '@qinqing/liaison/service';
import { DEMO_RESTRICTED_ENTERPRISE } from '@qinqing/party-building/service';
import type {
  CallListPage,
  MyPoliciesPage,
  PolicyPage,
  PolicyPreview,
  PolicyView,
} from '@qinqing/service-centre/contracts';
import { DEMO_POLICIES } from '@qinqing/service-centre/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, type HttpClient } from '../console/http-client';
import { identifiedWalkIn, logIn, walkIn } from '../credit/credit-test-actors';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/service-centre/policies';
const demo = (name: string) => {
  const found = DEMO_DIRECTORY.find((e) => e.details.name === name);
  if (found === undefined) throw new Error(`${name} is not in the demo directory`);
  return { creditCode: found.creditCode, contactPhone: found.details.contactPhone ?? '' };
};
const [manufacturing, , , backbone] = DEMO_POLICIES.map((p) => p.policyId);

const draftBody = {
  title: '海曙区中型制造企业智能化技改补助（测试）',
  issuingBody: '宁波市海曙区经济和信息化局',
  documentNumber: '海经信〔2026〕9号',
  effectiveOn: '2026-01-01',
  expiresOn: '2027-12-31',
  summary: '对海曙区中型制造企业的智能化技改项目给予补助。',
  fullText: '一、支持对象……',
  benefits: ['技改投资8%补助'],
  criteria: { industries: ['C34'], sizes: ['medium'], areas: ['330203'], tags: [] },
};

/** The policy library and precise push in the one-process app, with the demo directory, credit and policies. */
describe('service centre: policy library and precise push', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-03T02:00:00.000Z')) });
    await server.app.get(EventSourcingHost).settle();
    staff = await logIn(server.baseUrl, 'staff.wang');
  });
  afterAll(() => server.close());

  it('pushes the demo policies to the demo enterprises, each with why, at the kiosk after identification', async () => {
    const visitor = await identifiedWalkIn(server.app, server.baseUrl, demo('宁波海曙甬创智能制造有限公司'));
    const box = await eventually(async () => {
      const page = await expectStatus<MyPoliciesPage>(
        'box',
        visitor.get('/api/service-centre/policies-for-me'),
        200,
      );
      expect(page.items.map((p) => p.policyId)).toEqual(expect.arrayContaining([manufacturing, backbone]));
      return page;
    });
    expect(box.withheld).toBeNull();
    expect(box.items.find((p) => p.policyId === manufacturing)?.explanation.zh).toBe(
      '制造业 C · 中型 · 宁波市 330200',
    );
    expect(box.items.find((p) => p.policyId === backbone)?.explanation.zh).toBe(
      '宁波市 330200 · 重点骨干企业',
    );
  });

  it('withholds every policy from an enterprise restricted from policy benefits, naming the record', async () => {
    const restricted = DEMO_DIRECTORY.find((e) => e.creditCode === DEMO_RESTRICTED_ENTERPRISE.creditCode);
    const visitor = await identifiedWalkIn(server.app, server.baseUrl, {
      creditCode: DEMO_RESTRICTED_ENTERPRISE.creditCode,
      contactPhone: restricted?.details.contactPhone ?? '',
    });
    const box = await expectStatus<MyPoliciesPage>(
      'box',
      visitor.get('/api/service-centre/policies-for-me'),
      200,
    );
    expect(box.items).toEqual([]);
    expect(box.withheld?.documentNumber).toBe(DEMO_RESTRICTED_ENTERPRISE.documentNumber);
    const excluded = await eventually(async () => {
      const page = await expectStatus<CallListPage>(
        'excluded',
        staff.get(`${PATH}/${backbone}/call-list?excluded=true`),
        200,
      );
      expect(page.items.map((m) => m.creditCode)).toContain(DEMO_RESTRICTED_ENTERPRISE.creditCode);
      return page;
    });
    expect(excluded.items[0]?.exclusion?.reason.zh).toContain(DEMO_RESTRICTED_ENTERPRISE.documentNumber);
  });

  it('lets service staff draft, preview, publish and withdraw; the call list pages the matches', async () => {
    const { policyId } = await expectStatus<{ policyId: string }>('draft', staff.post(PATH, draftBody), 201);
    const preview = await expectStatus<PolicyPreview>(
      'preview',
      staff.get(`${PATH}/${policyId}/preview`),
      200,
    );
    expect(preview.matched).toBeGreaterThanOrEqual(1);
    expect(preview.firstMatches[0]?.explanation.zh).toMatch(/^制造业 C34 · 中型 · 海曙区 330203$/u);
    await expectStatus('publish', staff.post(`${PATH}/${policyId}/publish`), 200);
    await server.app.get(EventSourcingHost).settle();
    const view = await expectStatus<PolicyView>('one', staff.get(`${PATH}/${policyId}`), 200);
    expect(view).toMatchObject({ status: 'published', matched: preview.matched, excluded: preview.excluded });
    const first = await expectStatus<CallListPage>(
      'calls',
      staff.get(`${PATH}/${policyId}/call-list?limit=1`),
      200,
    );
    expect(first.items).toHaveLength(1);
    if (preview.matched > 1) expect(first.next).toBe(first.items[0]?.creditCode);
    const search = await expectStatus<PolicyPage>(
      'search',
      staff.get(`/api/service-centre/policy-library?q=技改`),
      200,
    );
    expect(search.items.map((p) => p.policyId)).toContain(policyId);
    await expectStatus('withdraw', staff.post(`${PATH}/${policyId}/withdraw`, { reason: '政策调整' }), 200);
    await server.app.get(EventSourcingHost).settle();
    const after = await expectStatus<PolicyPage>(
      'search',
      staff.get(`/api/service-centre/policy-library?q=技改`),
      200,
    );
    expect(after.items.map((p) => p.policyId)).not.toContain(policyId);
  });

  it('refuses bad input with the field, a second publish naming the rule, and callers without the role', async () => {
    const bad = await staff.post(PATH, {
      ...draftBody,
      criteria: { ...draftBody.criteria, areas: ['33020'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'criteria.areas.0' });
    // Dates: real ones from 1949-10-01 to 2100-12-31 (2026-13-01 used to end in a 500), expiry not before effect.
    for (const [dates, field] of [
      [{ effectiveOn: '0000-01-01' }, 'effectiveOn'],
      [{ effectiveOn: '2026-13-01' }, 'effectiveOn'],
      [{ expiresOn: '9999-12-31' }, 'expiresOn'],
      [{ effectiveOn: '2026-06-01', expiresOn: '2026-05-31' }, 'expiresOn'],
    ] as const) {
      const refusedDate = await staff.post(PATH, { ...draftBody, ...dates });
      expect({ dates, status: refusedDate.status }).toEqual({ dates, status: 400 });
      expect(refusedDate.body).toMatchObject({ field, rule: { rule: 'policy-dates' } });
    }
    const noNumber = await expectStatus<{ policyId: string }>(
      'draft',
      staff.post(PATH, { ...draftBody, documentNumber: '' }),
      201,
    );
    const refused = await staff.post(`${PATH}/${noNumber.policyId}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      field: 'documentNumber',
      rule: { rule: 'policy-published-in-full' },
    });
    const limit = await staff.get(`${PATH}?limit=0`);
    expect(limit.status).toBe(400);
    const supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    expect((await supervisor.post(PATH, draftBody)).status).toBe(403);
    expect((await supervisor.get(`${PATH}/${manufacturing}`)).status).toBe(200);
    const anonymous = await walkIn(server.baseUrl);
    expect((await anonymous.get('/api/service-centre/policies-for-me')).status).toBe(403);
    expect((await anonymous.get('/api/service-centre/policy-library')).status).toBe(200);
  });
});
