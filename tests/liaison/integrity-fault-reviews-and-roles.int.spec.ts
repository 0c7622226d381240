import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { Browser, createStaff, type FieldErrors, logIn, type StaffAccount } from './support/liaison-actors';

interface Review {
  reviewId: string;
  officialId: string;
  finding: string;
  classification: { zh: string };
}

let server: EmbeddedTestServer;
let admin: Browser;
let official: StaffAccount;
let otherOfficial: StaffAccount;
let inspector: StaffAccount;
let supervisor: Browser;
let staff: Browser;
let handler: Browser;

beforeAll(async () => {
  server = await startEmbeddedTestServer();
  admin = await logIn(server.baseUrl, 'admin');
  official = await createStaff(admin, 'official.gao', 'leading-official', '高峰');
  otherOfficial = await createStaff(admin, 'official.ma', 'leading-official', '马林');
  inspector = await createStaff(admin, 'inspector.xu', 'discipline-inspector', '徐正');
  supervisor = await logIn(server.baseUrl, 'supervisor.chen');
  staff = await logIn(server.baseUrl, 'staff.wang');
  handler = await logIn(server.baseUrl, 'handler.li');
});
afterAll(() => server.close());

/** 容错纠错 (K 七, J 五(一), Q 四(十二)) over HTTP. */
describe('liaison: fault-tolerance reviews', () => {
  it('is recorded by a discipline inspector, classified in the sources’ words, and seen by the official alone', async () => {
    const { reviewId } = await expectStatus<{ reviewId: string }>(
      'record',
      inspector.browser.post('/api/liaison/fault-tolerance-reviews', {
        officialId: official.accountId,
        matter: '先行先试审批提速中漏审一项材料',
        distinction: 'lack-of-experience',
        finding: 'tolerated',
        reasoning: '无先例可循，未谋私利，及时补正',
        corrections: '补审材料',
      }),
      201,
    );
    const mine = await eventually(async () => {
      const answer = await official.browser.get<{ items: Review[] }>(
        '/api/liaison/fault-tolerance-reviews/mine',
      );
      return answer.body.items?.length === 1 ? answer.body.items : undefined;
    });
    expect(mine[0]).toMatchObject({
      reviewId,
      finding: 'tolerated',
      classification: { zh: '因缺乏经验、先行先试出现的失误和错误' },
    });
    await expectStatus('own', official.browser.get(`/api/liaison/fault-tolerance-reviews/${reviewId}`), 200);
    await expectStatus(
      'another official',
      otherOfficial.browser.get(`/api/liaison/fault-tolerance-reviews/${reviewId}`),
      404,
    );
    const theirs = await expectStatus<{ items: Review[] }>(
      'other official’s list',
      otherOfficial.browser.get('/api/liaison/fault-tolerance-reviews/mine'),
      200,
    );
    expect(theirs.items).toEqual([]);
    const overseen = await expectStatus<{ items: Review[] }>(
      'supervisor',
      supervisor.get(`/api/liaison/officials/${official.accountId}/fault-tolerance-reviews`),
      200,
    );
    expect(overseen.items).toHaveLength(1);
  });

  it('refuses an undocumented review (400 naming the field) and a review of oneself', async () => {
    const bad = await expectStatus<FieldErrors>(
      'undocumented',
      supervisor.post('/api/liaison/fault-tolerance-reviews', {
        officialId: official.accountId,
        matter: '事项',
        distinction: 'other',
        finding: 'tolerated',
        reasoning: '',
      }),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['distinction', 'reasoning']));
    const own = await expectStatus<FieldErrors>(
      'own',
      inspector.browser.post('/api/liaison/fault-tolerance-reviews', {
        officialId: inspector.accountId,
        matter: '事项',
        distinction: 'exploratory-trial',
        finding: 'wrongdoing',
        reasoning: '理由',
      }),
      403,
    );
    expect(own.error).toBe('own-fault-review');
  });
});

type Who =
  | 'anonymous'
  | 'service-staff'
  | 'department-handler'
  | 'supervisor'
  | 'administrator'
  | 'leading-official'
  | 'discipline-inspector';
const WHO: readonly Who[] = [
  'anonymous',
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
];
/** `in`: the access guard lets the role through (the answer is then the endpoint's: 2xx, 400, 404, 409). */
type Expect = 'in' | 401 | 403;

const ID = '01960000-0000-7000-8000-00000000abcd';
const ACCOUNT = '01960000-0000-7000-8000-000000000001';
const DECLARERS = { 'leading-official': 'in', 'department-handler': 'in', 'service-staff': 'in' } as const;
const rows: readonly (readonly [string, string, Partial<Record<Who, 'in'>>])[] = [
  [
    'GET',
    '/api/liaison/negative-lists',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  [
    'GET',
    '/api/liaison/jurisdictions/370200/negative-lists',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  ['PUT', '/api/liaison/jurisdictions/370200/negative-lists', { administrator: 'in' }],
  [
    'GET',
    '/api/liaison/activity-kinds',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  [
    'GET',
    '/api/liaison/jurisdictions/370200/filing-settings',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  ['PUT', '/api/liaison/jurisdictions/370200/filing-settings', { administrator: 'in' }],
  ['POST', '/api/liaison/interaction-filings', { 'leading-official': 'in' }],
  ['GET', '/api/liaison/interaction-filings/settings', { 'leading-official': 'in' }],
  ['GET', '/api/liaison/interaction-filings/mine', { 'leading-official': 'in' }],
  ['GET', '/api/liaison/interaction-filings/approvals', { 'leading-official': 'in' }],
  [
    'GET',
    '/api/liaison/interaction-filings/overdue',
    { 'leading-official': 'in', supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
  [
    'GET',
    `/api/liaison/interaction-filings/${ID}`,
    { 'leading-official': 'in', supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
  ['POST', `/api/liaison/interaction-filings/${ID}/approve`, { 'leading-official': 'in' }],
  ['POST', `/api/liaison/interaction-filings/${ID}/refuse`, { 'leading-official': 'in' }],
  ['POST', `/api/liaison/interaction-filings/${ID}/report`, { 'leading-official': 'in' }],
  // Anyone who acts on enterprise requests declares too (the appeals request assignment is bound by it).
  ['GET', '/api/liaison/declarations/mine', DECLARERS],
  ['POST', '/api/liaison/declarations/relations', DECLARERS],
  ['POST', `/api/liaison/declarations/relations/${ID}/withdraw`, DECLARERS],
  ['POST', '/api/liaison/declarations/recusals', DECLARERS],
  [
    'GET',
    `/api/liaison/officials/${ACCOUNT}/declarations`,
    { supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
  [
    'GET',
    `/api/liaison/officials/${ACCOUNT}/conflicts?creditCode=91350100M000100Y43`,
    { supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
  ['POST', `/api/liaison/officials/${ACCOUNT}/recusals`, { supervisor: 'in', 'discipline-inspector': 'in' }],
  [
    'GET',
    '/api/liaison/jurisdictions/370200/symposium-settings',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  ['PUT', '/api/liaison/jurisdictions/370200/symposium-settings', { administrator: 'in' }],
  ['POST', '/api/liaison/symposia', { 'leading-official': 'in', supervisor: 'in', administrator: 'in' }],
  [
    'POST',
    `/api/liaison/symposia/${ID}/attendance`,
    { 'leading-official': 'in', supervisor: 'in', administrator: 'in' },
  ],
  [
    'POST',
    `/api/liaison/symposia/${ID}/problems`,
    { 'leading-official': 'in', supervisor: 'in', administrator: 'in' },
  ],
  [
    'GET',
    '/api/liaison/symposia?jurisdiction=370200&year=2026',
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  [
    'GET',
    `/api/liaison/symposia/${ID}`,
    {
      'service-staff': 'in',
      'department-handler': 'in',
      supervisor: 'in',
      administrator: 'in',
      'leading-official': 'in',
      'discipline-inspector': 'in',
    },
  ],
  ['POST', '/api/liaison/fault-tolerance-reviews', { supervisor: 'in', 'discipline-inspector': 'in' }],
  ['GET', '/api/liaison/fault-tolerance-reviews/mine', { 'leading-official': 'in' }],
  [
    'GET',
    `/api/liaison/fault-tolerance-reviews/${ID}`,
    { 'leading-official': 'in', supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
  [
    'GET',
    `/api/liaison/officials/${ACCOUNT}/fault-tolerance-reviews`,
    { supervisor: 'in', 'discipline-inspector': 'in', administrator: 'in' },
  ],
];

/** Every endpoint of this part × every role that can call the platform (extends the appeals matrix to liaison). */
describe('liaison integrity: role × endpoint matrix', () => {
  it.each(rows)('%s %s lets in exactly the roles it names', async (method, path, allowed) => {
    const browsers: Record<Who, Browser> = {
      anonymous: new Browser(server.baseUrl),
      'service-staff': staff,
      'department-handler': handler,
      supervisor,
      administrator: admin,
      'leading-official': official.browser,
      'discipline-inspector': inspector.browser,
    };
    const outcomes: Record<string, Expect | number> = {};
    const expected: Record<string, Expect> = {};
    for (const who of WHO) {
      const browser = browsers[who];
      // An empty body: a role let through gets the endpoint's own 400/404/409, never a 5xx.
      const answer =
        method === 'GET'
          ? await browser.get(path)
          : method === 'PUT'
            ? await browser.put(path, {})
            : await browser.post(path, {});
      expect(answer.status, `${who} ${method} ${path}`).toBeLessThan(500);
      // The route exists (a missing one would read as "let in").
      expect((answer.body as { error?: string }).error, `${method} ${path}`).not.toBe('http-404');
      outcomes[who] = answer.status === 401 || answer.status === 403 ? answer.status : 'in';
      expected[who] = who === 'anonymous' ? 401 : (allowed[who] ?? 403);
    }
    expect(outcomes).toEqual(expected);
  });
});
