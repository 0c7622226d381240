import type { OrganisationPage, OrganisationView } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisations';

const branch = {
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
  fullMembers: 5,
  probationaryMembers: 1,
  type: 'branch',
  foundedOn: '2021-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: '张伟',
  instructor: null,
  termStartedOn: '2024-02-29',
  union: true,
  youthLeague: false,
};

const none = {
  creditCode: '91330212MA2J1C6T17',
  enterpriseName: '宁波鄞州康源生物科技有限公司',
  fullMembers: 4,
  probationaryMembers: 0,
  type: 'none',
  instructor: '李娜',
};

/** Organisation records over HTTP: counts and roles only, party-building staff write, every read logged. */
describe('party-building: organisation records over HTTP', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    staff = await logIn('party.lin');
  });

  afterAll(() => server.close());

  it('records an organisation and answers what the counts require and whether it is met', async () => {
    expect(await expectStatus('branch', staff.post(PATH, branch), 201)).toEqual({
      creditCode: '91330203MA2H5K7P7A',
      type: 'branch',
      requiredForm: 'branch',
      mayAlsoForm: [],
      inPlace: true,
      termEndsOn: '2027-02-28',
      records: 1,
    });
    expect(await expectStatus('none', staff.post(PATH, none), 201)).toMatchObject({
      requiredForm: 'branch',
      inPlace: false,
    });
    const again = await expectStatus<{ error: string }>('again', staff.post(PATH, branch), 400);
    expect(again.error).toBe('nothing-changed');
    expect(await expectStatus('grown', staff.post(PATH, { ...branch, fullMembers: 8 }), 201)).toMatchObject({
      requiredForm: 'branch-committee',
      inPlace: false,
      records: 2,
    });
  });

  it('refuses a form the counts do not allow, naming the field, the rule and its source', async () => {
    const answer = await expectStatus<{ field: string; rule: { rule: string }; message: { zh: string } }>(
      'branch of two',
      staff.post(PATH, { ...branch, creditCode: '91330212MA2F7W4N38', fullMembers: 2 }),
      400,
    );
    expect(answer).toMatchObject({ field: 'type', rule: { rule: 'branch-threshold' } });
    expect(answer.message.zh).toContain('支部工作条例');
    const shape = await expectStatus<{ fields: { field: string }[] }>(
      'not a number',
      staff.post(PATH, { ...branch, fullMembers: true }),
      400,
    );
    expect(shape.fields.map((f) => f.field)).toContain('fullMembers');
  });

  it('shows staff one record with names and a page of those not in place; each read is logged', async () => {
    const one = await eventually(async () => {
      const answer = await staff.get<OrganisationView>(`${PATH}/91330203ma2h5k7p7a`);
      return answer.status === 200 && answer.body.records === 2 ? answer.body : undefined;
    });
    expect(one).toMatchObject({ secretary: '张伟', fullMembers: 8, type: 'branch', inPlace: false });
    const page = await expectStatus<OrganisationPage>(
      'not in place',
      staff.get(`${PATH}?inPlace=false&limit=1`),
      200,
    );
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).not.toHaveProperty('secretary');
    expect(page.next).toBe(page.items[0]?.creditCode);
    const rest = await expectStatus<OrganisationPage>(
      'next',
      staff.get(`${PATH}?inPlace=false&after=${page.next}`),
      200,
    );
    expect(rest.items.map((i) => i.creditCode)).not.toContain(page.next);
    await expectStatus('unknown', staff.get(`${PATH}/91330212MA2Q6F3W9W`), 404);
    await expectStatus('bad code', staff.get(`${PATH}/123`), 400);
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    const { rows } = await db.query<{ what: string; reader_role: string }>(
      "SELECT what, reader_role FROM party_building_read_log WHERE reader_id <> '' ORDER BY id",
    );
    expect(rows.map((r) => r.what)).toEqual(expect.arrayContaining(['organisation', 'list-not-in-place']));
    expect(new Set(rows.map((r) => r.reader_role))).toEqual(new Set(['party-building-staff']));
  });

  it('pages by an index, never reading the table whole', async () => {
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await db.query(
      `INSERT INTO party_building_organisations (credit_code, enterprise_name, full_members, probationary_members,
         type, required_form, may_also_form, in_place, union_set_up, youth_league_set_up, records, recorded_at)
       SELECT lpad(n::text, 18, '0'), '企业' || n, 0, 0, 'none', 'none', '{}', true, false, false, 1, now()
       FROM generate_series(1, 5000) AS n ON CONFLICT DO NOTHING`,
    );
    await db.query('ANALYZE party_building_organisations');
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM party_building_organisations WHERE in_place = false AND credit_code > ''
       ORDER BY credit_code LIMIT 51`,
    );
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
  });

  it('lets only party-building staff write and only them and supervisors read; others 403, anonymous 401', async () => {
    await expectStatus('anonymous', new HttpClient(server.baseUrl).post(PATH, branch), 401);
    await expectStatus('anonymous read', new HttpClient(server.baseUrl).get(PATH), 401);
    for (const username of [
      'admin',
      'staff.wang',
      'official.zhou',
      'inspector.wu',
      'credit.zhao',
      'supervisor.chen',
    ]) {
      const other = await logIn(username);
      await expectStatus(`${username} write`, other.post(PATH, { ...branch, fullMembers: 9 }), 403);
      await expectStatus(`${username} read`, other.get(PATH), username === 'supervisor.chen' ? 200 : 403);
    }
  });
});
