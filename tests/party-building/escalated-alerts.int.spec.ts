import type { AlertPage } from '@qinqing/party-building/contracts';
import { OrganisationScheduler } from '@qinqing/party-building/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisations';
const ESCALATED = '/api/party-building/alerts?escalated=true';
const KANGYUAN = '91330212MA2J1C6T17';
const YONGCHUANG = '91330203MA2H5K7P7A';
const LATE = '91330203MA2JB0016G';

const withoutBranch = (creditCode: string, enterpriseName: string) => ({
  creditCode,
  enterpriseName,
  fullMembers: 4,
  probationaryMembers: 0,
  type: 'none',
});

/** Where an escalation goes: the escalated alerts list for supervisors, open ones only, on its own index. */
describe('party-building: escalated alerts', () => {
  let server: EmbeddedTestServer;
  let clock: ManualClock;
  let staff: HttpClient;
  let supervisor: HttpClient;

  const settle = () => server.app.get(EventSourcingHost).settle();
  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };
  const setClock = async (instant: string) => {
    clock.set(new Date(instant));
    staff = await logIn('party.lin');
    supervisor = await logIn('supervisor.chen');
  };

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));
    server = await startEmbeddedTestServer({ clock });
    await setClock('2026-12-02T01:00:00.000Z');
    for (const [code, name] of [
      [KANGYUAN, '宁波鄞州康源生物科技有限公司'],
      [YONGCHUANG, '宁波海曙甬创智能制造有限公司'],
    ] as const)
      await expectStatus(code, staff.post(PATH, withoutBranch(code, name)), 201);
    await settle();
  });

  afterAll(() => server.close());

  /** Every page of the escalated list, `limit` at a time. */
  const allEscalated = async (limit: number): Promise<AlertPage['items']> => {
    const items: AlertPage['items'][number][] = [];
    let next: string | null = null;
    do {
      const after: string = next === null ? '' : `&after=${next}`;
      const page: AlertPage = await expectStatus<AlertPage>(
        'escalated page',
        supervisor.get(`${ESCALATED}&limit=${limit}${after}`),
        200,
      );
      items.push(...page.items);
      next = page.next;
    } while (next !== null);
    return items;
  };

  it('lists an alert only once it is escalated, earliest escalation first, paged, for supervisors', async () => {
    // The demo data has escalated alerts of its own; these tests look at their enterprises' alerts.
    const before = (await allEscalated(50)).map((i) => i.creditCode);
    expect(before).not.toContain(KANGYUAN);
    expect(before).not.toContain(YONGCHUANG);
    await setClock('2027-01-15T01:00:00.000Z');
    await expectStatus('late', staff.post(PATH, withoutBranch(LATE, '海曙小微企业')), 201);
    expect((await server.app.get(OrganisationScheduler).tick()).escalated).toBeGreaterThanOrEqual(2);
    await settle();

    const escalated = await allEscalated(1);
    const escalatedOn = escalated.map((i) => i.escalatedOn ?? '');
    expect(escalatedOn).toEqual([...escalatedOn].sort());
    const ours = escalated.filter((i) => i.creditCode === KANGYUAN || i.creditCode === YONGCHUANG);
    expect(ours).toHaveLength(2);
    for (const alert of ours)
      expect(alert).toMatchObject({ escalatedOn: '2027-01-15', overdue: true, requiredForm: 'branch' });
    const first = await expectStatus<AlertPage>('one', supervisor.get(`${ESCALATED}&limit=1`), 200);
    expect(first.next).toBe(`${first.items[0]?.escalatedOn}/${first.items[0]?.creditCode}`);
    // The alert raised today is open but not escalated: in the staff's list, not the supervisors'.
    expect(escalated.map((i) => i.creditCode)).not.toContain(LATE);
    const open = await expectStatus<AlertPage>('open', staff.get('/api/party-building/alerts'), 200);
    expect(open.items.map((i) => i.creditCode)).toContain(LATE);
  });

  it('drops an escalation when its alert is resolved', async () => {
    await expectStatus(
      'branch',
      staff.post(PATH, {
        ...withoutBranch(KANGYUAN, '宁波鄞州康源生物科技有限公司'),
        type: 'branch',
        foundedOn: '2027-01-10',
        superiorOrganisation: '中共宁波市鄞州区非公有制经济组织委员会',
        secretary: '陈静',
        termStartedOn: '2027-01-10',
      }),
      201,
    );
    await settle();
    const codes = (await allEscalated(50)).map((i) => i.creditCode);
    expect(codes).toContain(YONGCHUANG);
    expect(codes).not.toContain(KANGYUAN);
  });

  it('reads by its own index, logs the read, and answers 400 / 401 / 403', async () => {
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await db.query(
      `INSERT INTO party_building_organisations (credit_code, enterprise_name, full_members, probationary_members,
         type, required_form, may_also_form, in_place, union_set_up, youth_league_set_up, records, recorded_at)
       SELECT lpad(n::text, 18, '0'), '企业' || n, 0, 0, 'none', 'none', '{}', true, false, false, 1, now()
       FROM generate_series(1, 5000) AS n ON CONFLICT DO NOTHING`,
    );
    await db.query('ANALYZE party_building_organisations');
    const { rows: plan } = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM party_building_organisations
       WHERE alert_escalated_on IS NOT NULL AND (alert_escalated_on, credit_code) > ('', '')
       ORDER BY alert_escalated_on, credit_code LIMIT 51`,
    );
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
    const { rows } = await db.query<{ reader_role: string }>(
      "SELECT reader_role FROM party_building_read_log WHERE what = 'alerts-escalated'",
    );
    expect(rows.map((r) => r.reader_role)).toContain('supervisor');
    const bad = await expectStatus<{ fields: { field: string }[] }>(
      'bad flag',
      supervisor.get('/api/party-building/alerts?escalated=yes'),
      400,
    );
    expect(bad.fields.map((f) => f.field)).toContain('query.escalated');
    await expectStatus('anonymous', new HttpClient(server.baseUrl).get(ESCALATED), 401);
    for (const username of ['admin', 'staff.wang', 'credit.zhao'])
      await expectStatus(username, (await logIn(username)).get(ESCALATED), 403);
  });
});
