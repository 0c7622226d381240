import type { ChamberOrganisationPage, PairingPage } from '@qinqing/party-building/contracts';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const CHAMBERS = '/api/party-building/chamber-organisations';
const PAIRINGS = '/api/party-building/pairings';

const chamber = {
  chamberName: '宁波市温州商会',
  chamberKind: 'regional',
  organisationType: 'branch-committee',
  fullMembers: 9,
  probationaryMembers: 1,
  memberEnterprises: 320,
  superiorOrganisation: '中共宁波市工商联党组',
};

const pairing = {
  branchName: '市经信局机关第一党支部',
  department: '宁波市经济和信息化局',
  enterprises: ['91330203MA2JB0016G', '91330203ma2jb0024b'],
  startedOn: '2026-03-01',
  endsOn: '2027-02-28',
};

interface Refusal {
  readonly field: string;
  readonly rule: { readonly rule: string };
  readonly message: { readonly zh: string; readonly en: string };
}

/** Chamber-of-commerce party organisations (Kunshan 四(5)) and 四联四帮 pairings (Jinjiang 三(一)) over HTTP. */
describe('party-building: chamber organisations and 四联四帮 pairings over HTTP', () => {
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
  });

  afterAll(() => server.close());

  it('records chamber organisations and pages them for supervisors, logging the read', async () => {
    await expectStatus('first', staff.post(CHAMBERS, chamber), 201);
    await expectStatus(
      'second',
      staff.post(CHAMBERS, {
        ...chamber,
        chamberName: '宁波市模具行业商会',
        chamberKind: 'industry',
        organisationType: 'branch',
        fullMembers: 4,
      }),
      201,
    );
    const page = await eventually(async () => {
      const answer = await supervisor.get<ChamberOrganisationPage>(`${CHAMBERS}?limit=1`);
      return answer.status === 200 && answer.body.next !== null ? answer.body : undefined;
    });
    expect(page.items[0]).toMatchObject({
      chamberName: '宁波市温州商会',
      fullMembers: 9,
      memberEnterprises: 320,
    });
    const rest = await expectStatus<ChamberOrganisationPage>(
      'rest',
      supervisor.get(`${CHAMBERS}?after=${page.next}`),
      200,
    );
    expect(rest.items.map((i) => i.chamberName)).toEqual(['宁波市模具行业商会']);
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    const { rows } = await db.query<{ reader_role: string }>(
      "SELECT reader_role FROM party_building_read_log WHERE what = 'chamber-organisations'",
    );
    expect(rows.map((r) => r.reader_role)).toContain('supervisor');
  });

  it('refuses a type the counts cannot have and bad values, naming the field in both languages', async () => {
    const committee = await expectStatus<Refusal>(
      'committee of five',
      staff.post(CHAMBERS, { ...chamber, fullMembers: 5 }),
      400,
    );
    expect(committee).toMatchObject({ field: 'organisationType', rule: { rule: 'branch-committee' } });
    expect(committee.message.zh).toContain('7');
    const kind = await expectStatus<Refusal>(
      'kind',
      staff.post(CHAMBERS, { ...chamber, chamberKind: 'guild' }),
      400,
    );
    expect(kind).toMatchObject({ field: 'chamberKind', rule: { rule: 'chamber-party-building' } });
    expect(kind.message.zh).toContain('昆山');
    await expectStatus<Refusal>(
      'enterprises',
      staff.post(CHAMBERS, { ...chamber, memberEnterprises: 0 }),
      400,
    );
  });

  it('pairs a department’s branch with enterprises, ends it once, and lists pairings', async () => {
    const { pairingId } = await expectStatus<{ pairingId: string }>(
      'pair',
      staff.post(PAIRINGS, pairing),
      201,
    );
    await expectStatus('end', staff.post(`${PAIRINGS}/${pairingId}/end`, { endedOn: '2026-11-30' }), 200);
    const again = await expectStatus<Refusal>(
      'again',
      staff.post(`${PAIRINGS}/${pairingId}/end`, { endedOn: '2026-12-01' }),
      400,
    );
    expect(again.message.en).toContain('ended');
    await expectStatus(
      'unknown',
      staff.post(`${PAIRINGS}/01960000-0000-7000-8000-000000000000/end`, { endedOn: '2026-12-01' }),
      404,
    );
    await expectStatus('bad id', staff.post(`${PAIRINGS}/X!/end`, { endedOn: '2026-12-01' }), 400);
    const page = await eventually(async () => {
      const answer = await supervisor.get<PairingPage>(PAIRINGS);
      return answer.status === 200 && answer.body.items[0]?.endedOn !== null ? answer.body : undefined;
    });
    expect(page.items[0]).toMatchObject({
      department: '宁波市经济和信息化局',
      enterprises: ['91330203MA2JB0016G', '91330203MA2JB0024B'],
      endedOn: '2026-11-30',
    });
    const none = await expectStatus<Refusal>(
      'no enterprise',
      staff.post(PAIRINGS, { ...pairing, enterprises: [] }),
      400,
    );
    expect(none).toMatchObject({ field: 'enterprises', rule: { rule: 'four-links-four-helps' } });
    expect(none.message.zh).toContain('晋江');
    const end = await expectStatus<Refusal>(
      'end before start',
      staff.post(PAIRINGS, { ...pairing, endsOn: '2026-01-01' }),
      400,
    );
    expect(end.field).toBe('endsOn');
  });

  it('lets only party-building staff write and only them and supervisors read; others 403, anonymous 401', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    await expectStatus('anonymous chamber', anonymous.post(CHAMBERS, chamber), 401);
    await expectStatus('anonymous pairings', anonymous.get(PAIRINGS), 401);
    await expectStatus('supervisor write', supervisor.post(PAIRINGS, pairing), 403);
    for (const username of ['admin', 'staff.wang', 'credit.zhao']) {
      const other = await logIn(username);
      await expectStatus(`${username} chamber`, other.post(CHAMBERS, chamber), 403);
      await expectStatus(`${username} chambers`, other.get(CHAMBERS), 403);
      await expectStatus(`${username} pairings`, other.get(PAIRINGS), 403);
    }
  });
});
