import type { JointBranchPage, JointBranchView, OrganisationView } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/joint-branches';
const SMALL = [
  '91330203MA2JB0016G',
  '91330203MA2JB0024B',
  '91330203MA2JB00326',
  '91330203MA2JB00401',
  '91330203MA2JB0059X',
  '91330203MA2JB0067Q',
  '91330203MA2JB0075K',
] as const;
const LARGE = '91330203MA2JB0083E';
const UNRECORDED = '91330203MA2JB00919';

const jointBranch = (units: readonly string[], name = '海曙区望春工业园区联合党支部') => ({
  name,
  units,
  foundedOn: '2024-07-01',
  superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
  secretary: '王敏',
  termStartedOn: '2024-07-01',
});

interface Refusal {
  readonly error: string;
  readonly field: string;
  readonly rule: { readonly rule: string };
  readonly message: { readonly zh: string; readonly en: string };
}

/** Joint branches over HTTP: two to five units, none that must have its own branch, none in two at once. */
describe('party-building: joint branches over HTTP', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  let supervisor: HttpClient;
  let first: string;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    staff = await logIn('party.lin');
    supervisor = await logIn('supervisor.chen');
    for (const [index, creditCode] of SMALL.entries())
      await expectStatus(
        creditCode,
        staff.post('/api/party-building/organisations', {
          creditCode,
          enterpriseName: `海曙小微企业${index + 1}`,
          fullMembers: 1 + (index % 2),
          probationaryMembers: 1,
          type: 'joint-branch',
          superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        }),
        201,
      );
    await expectStatus(
      'large',
      staff.post('/api/party-building/organisations', {
        creditCode: LARGE,
        enterpriseName: '海曙中型企业',
        fullMembers: 3,
        probationaryMembers: 0,
        type: 'none',
      }),
      201,
    );
    // The units' counts are read from the organisation records' read model.
    await eventually(async () => {
      const answer = await staff.get<OrganisationView>(`/api/party-building/organisations/${LARGE}`);
      return answer.status === 200 ? true : undefined;
    });
  });

  afterAll(() => server.close());

  it('forms a joint branch of units with fewer than three full members, linked from their records', async () => {
    const formed = await expectStatus<{ jointBranchId: string; units: string[] }>(
      'form',
      staff.post(PATH, jointBranch([SMALL[0].toLowerCase(), SMALL[1], SMALL[2]])),
      201,
    );
    expect(formed.units).toEqual([SMALL[0], SMALL[1], SMALL[2]]);
    first = formed.jointBranchId;
    const view = await eventually(async () => {
      const answer = await supervisor.get<JointBranchView>(`${PATH}/${first}`);
      return answer.status === 200 ? answer.body : undefined;
    });
    expect(view).toMatchObject({ secretary: '王敏', termYears: 3, termEndsOn: '2027-07-01' });
    expect(view.units.map((u) => u.creditCode)).toEqual([SMALL[0], SMALL[1], SMALL[2]]);
    const record = await expectStatus<OrganisationView>(
      'record',
      staff.get(`/api/party-building/organisations/${SMALL[1]}`),
      200,
    );
    expect(record.jointBranch).toEqual({ jointBranchId: first, name: '海曙区望春工业园区联合党支部' });
  });

  it('adds units up to five and refuses the sixth, one that must have its own branch, one held elsewhere', async () => {
    await expectStatus('fourth', staff.post(`${PATH}/${first}/units`, { creditCode: SMALL[3] }), 200);
    const fifth = await expectStatus<{ units: string[] }>(
      'fifth',
      staff.post(`${PATH}/${first}/units`, { creditCode: SMALL[4] }),
      200,
    );
    expect(fifth.units).toHaveLength(5);
    const sixth = await expectStatus<Refusal>(
      'sixth',
      staff.post(`${PATH}/${first}/units`, { creditCode: SMALL[5] }),
      400,
    );
    expect(sixth).toMatchObject({ error: 'too-many-units', field: 'units', rule: { rule: 'joint-branch' } });
    expect(sixth.message.zh).toContain('不超过5个');
    expect(sixth.message.en).toContain('at most 5');

    const large = await expectStatus<Refusal>(
      'own branch',
      staff.post(PATH, jointBranch([SMALL[5], LARGE])),
      400,
    );
    expect(large).toMatchObject({
      error: 'unit-needs-own-branch',
      field: 'units.1',
      rule: { rule: 'branch-threshold' },
    });
    const held = await expectStatus<Refusal>(
      'held',
      staff.post(PATH, jointBranch([SMALL[5], SMALL[0]])),
      400,
    );
    expect(held).toMatchObject({ error: 'unit-in-another-joint-branch', field: 'units.1' });
    const unrecorded = await expectStatus<Refusal>(
      'unrecorded',
      staff.post(PATH, jointBranch([SMALL[5], UNRECORDED])),
      400,
    );
    expect(unrecorded).toMatchObject({ error: 'unit-not-recorded', field: 'units.1' });
    const few = await expectStatus<Refusal>('one unit', staff.post(PATH, jointBranch([SMALL[5]])), 400);
    expect(few).toMatchObject({ error: 'too-few-units', field: 'units' });
    const shape = await expectStatus<{ fields: { field: string }[] }>(
      'not a list',
      staff.post(PATH, { ...jointBranch([]), units: 'x' }),
      400,
    );
    expect(shape.fields.map((f) => f.field)).toContain('units');
    await expectStatus(
      'no such',
      staff.post(`${PATH}/01960000-0000-7000-8000-000000000000/units`, { creditCode: SMALL[5] }),
      404,
    );
  });

  it('lets a unit leave, and then join another joint branch', async () => {
    const left = await expectStatus<{ units: string[] }>(
      'leave',
      staff.delete(`${PATH}/${first}/units/${SMALL[4]}`),
      200,
    );
    expect(left.units).not.toContain(SMALL[4]);
    await expectStatus(
      'second',
      staff.post(PATH, jointBranch([SMALL[4], SMALL[5]], '海曙区集士港联合党支部')),
      201,
    );
  });

  it('never lets two joint branches take one unit, even when the requests race', async () => {
    await expectStatus('leave', staff.delete(`${PATH}/${first}/units/${SMALL[3]}`), 200);
    const answers = await Promise.all([
      staff.post(PATH, jointBranch([SMALL[3], SMALL[6]], '甲联合党支部')),
      staff.post(PATH, jointBranch([SMALL[6], SMALL[3]], '乙联合党支部')),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
  });

  it('pages joint branches by id for staff and supervisors, logging each read', async () => {
    const page = await eventually(async () => {
      const answer = await supervisor.get<JointBranchPage>(`${PATH}?limit=2`);
      return answer.status === 200 && answer.body.next !== null ? answer.body : undefined;
    });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).not.toHaveProperty('secretary');
    const rest = await expectStatus<JointBranchPage>(
      'rest',
      supervisor.get(`${PATH}?after=${page.next}`),
      200,
    );
    expect(rest.items.map((i) => i.jointBranchId)).not.toContain(page.next);
    expect([...page.items, ...rest.items].map((i) => i.unitCount)).toEqual([3, 2, 2]);
    await expectStatus('bad after', supervisor.get(`${PATH}?after=X!`), 400);
    await expectStatus('bad id', supervisor.get(`${PATH}/X!`), 400);
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    const { rows } = await db.query<{ what: string; reader_role: string }>(
      "SELECT what, reader_role FROM party_building_read_log WHERE what LIKE 'joint-branch%'",
    );
    expect(rows.map((r) => r.what)).toEqual(
      expect.arrayContaining(['joint-branches', `joint-branch:${first}`]),
    );
    expect(rows.map((r) => r.reader_role)).toContain('supervisor');
    const { rows: plan } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM party_building_joint_branch_units WHERE joint_branch_id = 'x' ORDER BY credit_code LIMIT 10`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
  });

  it('lets only party-building staff write and only them and supervisors read; others 403, anonymous 401', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    await expectStatus('anonymous write', anonymous.post(PATH, jointBranch([SMALL[5], SMALL[6]])), 401);
    await expectStatus('anonymous read', anonymous.get(PATH), 401);
    await expectStatus(
      'supervisor write',
      supervisor.post(`${PATH}/${first}/units`, { creditCode: SMALL[5] }),
      403,
    );
    for (const username of ['admin', 'staff.wang', 'official.zhou', 'credit.zhao']) {
      const other = await logIn(username);
      await expectStatus(`${username} write`, other.post(PATH, jointBranch([SMALL[5], SMALL[6]])), 403);
      await expectStatus(`${username} read`, other.get(`${PATH}/${first}`), 403);
      await expectStatus(`${username} leave`, other.delete(`${PATH}/${first}/units/${SMALL[0]}`), 403);
    }
  });
});
