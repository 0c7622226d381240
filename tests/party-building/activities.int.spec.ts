import type { ActivityPage } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/activities';
const BRANCH = '91330203MA2H5K7P7A';
const NO_OWN = '91330212MA2J1C6T17';

const activity = (overrides: Record<string, unknown> = {}) => ({
  organisationKind: 'enterprise',
  organisationId: BRANCH,
  kind: 'study',
  heldOn: '2026-11-20',
  title: '学习党章',
  participants: 6,
  ...overrides,
});

/** Activities per organisation over HTTP: kind, date, title and a count of participants, newest first. */
describe('party-building: activities over HTTP', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  let supervisor: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    staff = await logIn('party.lin');
    supervisor = await logIn('supervisor.chen');
    await expectStatus(
      'branch',
      staff.post('/api/party-building/organisations', {
        creditCode: BRANCH,
        enterpriseName: '宁波海曙甬创智能制造有限公司',
        fullMembers: 5,
        probationaryMembers: 1,
        type: 'branch',
        foundedOn: '2021-07-01',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        secretary: '张伟',
        termStartedOn: '2024-03-01',
      }),
      201,
    );
    await expectStatus(
      'none',
      staff.post('/api/party-building/organisations', {
        creditCode: NO_OWN,
        enterpriseName: '宁波鄞州康源生物科技有限公司',
        fullMembers: 1,
        probationaryMembers: 0,
        type: 'none',
      }),
      201,
    );
    await eventually(async () => {
      const answer = await staff.get(`/api/party-building/organisations/${NO_OWN}`);
      return answer.status === 200 ? true : undefined;
    });
  });

  afterAll(() => server.close());

  it('records an enterprise organisation’s activities and pages them newest first, logging the read', async () => {
    for (const [heldOn, kind] of [
      ['2026-09-01', 'training'],
      ['2026-11-20', 'study'],
      ['2026-10-15', 'theme-day'],
    ] as const)
      await expectStatus(heldOn, staff.post(PATH, activity({ heldOn, kind })), 201);
    const first = await eventually(async () => {
      const answer = await supervisor.get<ActivityPage>(
        `${PATH}?organisation=enterprise:${BRANCH.toLowerCase()}&limit=2`,
      );
      return answer.status === 200 && answer.body.items.length === 2 ? answer.body : undefined;
    });
    expect(first.items.map((i) => i.heldOn)).toEqual(['2026-11-20', '2026-10-15']);
    expect(first.items[0]).toEqual({
      activityId: expect.any(String),
      kind: 'study',
      heldOn: '2026-11-20',
      title: '学习党章',
      participants: 6,
    });
    const rest = await expectStatus<ActivityPage>(
      'rest',
      supervisor.get(`${PATH}?organisation=enterprise:${BRANCH}&after=${first.next}`),
      200,
    );
    expect(rest.items.map((i) => i.kind)).toEqual(['training']);
    expect(rest.next).toBeNull();
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    const { rows } = await db.query<{ credit_code: string; reader_role: string }>(
      "SELECT credit_code, reader_role FROM party_building_read_log WHERE what LIKE 'activities:%'",
    );
    expect(rows).toContainEqual({ credit_code: BRANCH, reader_role: 'supervisor' });
    const { rows: plan } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM party_building_activities WHERE organisation_key = 'x'
       ORDER BY held_on DESC, activity_id DESC LIMIT 51`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
  });

  it('refuses an organisation not recorded or not its own, and bad values, naming the field', async () => {
    const noOwn = await expectStatus<{ field: string; rule: { rule: string }; message: { zh: string } }>(
      'no own organisation',
      staff.post(PATH, activity({ organisationId: NO_OWN })),
      400,
    );
    expect(noOwn).toMatchObject({ field: 'organisationId', rule: { rule: 'activities' } });
    expect(noOwn.message.zh).toContain('联合党支部');
    await expectStatus(
      'unknown joint branch',
      staff.post(
        PATH,
        activity({
          organisationKind: 'joint-branch',
          organisationId: '01960000-0000-7000-8000-000000000000',
        }),
      ),
      404,
    );
    for (const [field, value] of [
      ['participants', 0],
      ['participants', '十二'],
      ['kind', 'party'],
      ['heldOn', '2099-01-01'],
      ['title', ''],
    ] as const) {
      const answer = await expectStatus<{ field: string; message: { zh: string; en: string } }>(
        `${field} ${value}`,
        staff.post(PATH, activity({ [field]: value })),
        400,
      );
      expect(answer.field).toBe(field);
      expect(answer.message.en.length).toBeGreaterThan(0);
    }
    await expectStatus('bad organisation', supervisor.get(`${PATH}?organisation=club:1`), 400);
  });

  it('lets only party-building staff write and only them and supervisors read; others 403, anonymous 401', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    await expectStatus('anonymous', anonymous.post(PATH, activity()), 401);
    await expectStatus('anonymous read', anonymous.get(`${PATH}?organisation=enterprise:${BRANCH}`), 401);
    await expectStatus('supervisor write', supervisor.post(PATH, activity()), 403);
    for (const username of ['admin', 'staff.wang', 'credit.zhao']) {
      const other = await logIn(username);
      await expectStatus(`${username} write`, other.post(PATH, activity()), 403);
      await expectStatus(`${username} read`, other.get(`${PATH}?organisation=enterprise:${BRANCH}`), 403);
    }
  });
});
