import type { AlertPage } from '@qinqing/party-building/contracts';
import { OrganisationScheduler } from '@qinqing/party-building/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { organisationStreamId } from '@qinqing/party-building/domain';
import { type EventStore, ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisations';
const ALERTS = '/api/party-building/alerts';
const KANGYUAN = '91330212MA2J1C6T17';
const YONGCHUANG = '91330203MA2H5K7P7A';

/**
 * Alerts and term reminders in the one-process app, on a manual clock: an enterprise whose counts call for a
 * branch it lacks gets an alert due in 30 working days, escalated once when missed, resolved by the branch.
 */
describe('party-building: organisation alerts and term reminders', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  let clock: ManualClock;
  let scheduler: OrganisationScheduler;

  const settle = () => server.app.get(EventSourcingHost).settle();

  /** Moves the clock; the session of the day before has timed out, so staff sign in again. */
  const setClock = async (instant: string) => {
    clock.set(new Date(instant));
    staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'party.lin', password: DEMO_PASSWORD }),
      200,
    );
  };

  beforeAll(async () => {
    // Wednesday 2 December 2026, 09:00 in China.
    clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));
    server = await startEmbeddedTestServer({ clock });
    await setClock('2026-12-02T01:00:00.000Z');
    scheduler = server.app.get(OrganisationScheduler);
  });

  afterAll(() => server.close());

  it('raises an alert due in 30 working days when four full members have no branch, listed with its clock', async () => {
    await expectStatus(
      'none',
      staff.post(PATH, {
        creditCode: KANGYUAN,
        enterpriseName: '宁波鄞州康源生物科技有限公司',
        fullMembers: 4,
        probationaryMembers: 0,
        type: 'none',
        instructor: '李娜',
      }),
      201,
    );
    await settle();
    // The demo data has alerts of its own (an open one and an escalated one): this enterprise's is among them.
    const page = await expectStatus<AlertPage>('alerts', staff.get(ALERTS), 200);
    const ours = page.items.filter((item) => item.creditCode === KANGYUAN);
    expect(ours).toHaveLength(1);
    // 30 working days from 2 December 2026 cross the New Year (1 January off): due 14 January 2027.
    expect(ours[0]).toMatchObject({
      creditCode: KANGYUAN,
      requiredForm: 'branch',
      raisedOn: '2026-12-02',
      dueOn: '2027-01-14',
      workingDaysLeft: 30,
      overdue: false,
      escalatedOn: null,
    });
    expect(await scheduler.tick()).toEqual({ escalated: 0, reminded: 0 });
  });

  it('escalates the alert once when its deadline has passed', async () => {
    await setClock('2027-01-15T01:00:00.000Z');
    // Every open alert past its due date and not escalated yet goes up: this one and any of the demo data's.
    const before = await expectStatus<AlertPage>('alerts', staff.get(ALERTS), 200);
    const due = before.items.filter((item) => item.dueOn < '2027-01-15' && item.escalatedOn === null);
    expect(due.map((item) => item.creditCode)).toContain(KANGYUAN);
    expect(await scheduler.tick()).toEqual({ escalated: due.length, reminded: 0 });
    await settle();
    expect(await scheduler.tick()).toEqual({ escalated: 0, reminded: 0 });
    const page = await expectStatus<AlertPage>('alerts', staff.get(ALERTS), 200);
    expect(page.items.find((item) => item.creditCode === KANGYUAN)).toMatchObject({
      overdue: true,
      escalatedOn: '2027-01-15',
      workingDaysLeft: -1,
    });
  });

  it('resolves the alert when the branch is set up', async () => {
    await expectStatus(
      'branch',
      staff.post(PATH, {
        creditCode: KANGYUAN,
        enterpriseName: '宁波鄞州康源生物科技有限公司',
        fullMembers: 4,
        probationaryMembers: 0,
        type: 'branch',
        foundedOn: '2027-01-15',
        superiorOrganisation: '中共宁波市鄞州区非公有制经济组织委员会',
        secretary: '王强',
        termStartedOn: '2027-01-15',
        instructor: null,
      }),
      201,
    );
    await settle();
    const page = await expectStatus<AlertPage>('alerts', staff.get(ALERTS), 200);
    expect(page.items.map((item) => item.creditCode)).not.toContain(KANGYUAN);
  });

  it('reminds of a term six and then three months before it ends, once each', async () => {
    await expectStatus(
      'branch ending in July',
      staff.post(PATH, {
        creditCode: YONGCHUANG,
        enterpriseName: '宁波海曙甬创智能制造有限公司',
        fullMembers: 5,
        probationaryMembers: 0,
        type: 'branch',
        foundedOn: '2021-07-01',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        secretary: '张伟',
        termStartedOn: '2024-07-20',
        instructor: null,
      }),
      201,
    );
    await settle();
    // Term ends 2027-07-20: six months ahead is 2027-01-20, three months ahead 2027-04-20. The demo data's terms
    // have reminders of their own, so this term's are read from its stream.
    const reminders = async () =>
      (await server.app.get<EventStore>(EVENT_STORE).readStream(organisationStreamId(YONGCHUANG)))
        .filter((event) => event.type === 'TermReminderDue')
        .map((event) => event.data);
    expect(await scheduler.tick()).toEqual({ escalated: 0, reminded: 0 });
    expect(await reminders()).toEqual([]);
    await setClock('2027-01-20T01:00:00.000Z');
    expect((await scheduler.tick()).reminded).toBeGreaterThanOrEqual(1);
    await settle();
    expect(await scheduler.tick()).toEqual({ escalated: 0, reminded: 0 });
    expect(await reminders()).toEqual([
      expect.objectContaining({ termEndsOn: '2027-07-20', monthsBefore: 6, remindedOn: '2027-01-20' }),
    ]);
    await setClock('2027-04-21T01:00:00.000Z');
    expect((await scheduler.tick()).reminded).toBeGreaterThanOrEqual(1);
    await settle();
    expect(await scheduler.tick()).toEqual({ escalated: 0, reminded: 0 });
    expect(await reminders()).toEqual([
      expect.objectContaining({ monthsBefore: 6, remindedOn: '2027-01-20' }),
      expect.objectContaining({ termEndsOn: '2027-07-20', monthsBefore: 3, remindedOn: '2027-04-21' }),
    ]);
  });

  it('lists the reminded terms, soonest end first, until the new term is recorded', async () => {
    type Page = { items: { creditCode: string; termEndsOn: string; monthsBefore: number; ended: boolean }[] };
    const listed = async () =>
      (await expectStatus<Page>('reminders', staff.get('/api/party-building/term-reminders'), 200)).items;
    const ends = (await listed()).map((item) => item.termEndsOn);
    expect(ends).toEqual([...ends].sort());
    expect((await listed()).find((item) => item.creditCode === YONGCHUANG)).toEqual(
      expect.objectContaining({ termEndsOn: '2027-07-20', monthsBefore: 3, ended: false }),
    );

    await expectStatus(
      'the election: a new term',
      staff.post(PATH, {
        creditCode: YONGCHUANG,
        enterpriseName: '宁波海曙甬创智能制造有限公司',
        fullMembers: 5,
        probationaryMembers: 0,
        type: 'branch',
        foundedOn: '2021-07-01',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        secretary: '张伟',
        termStartedOn: '2027-04-21',
        instructor: null,
      }),
      201,
    );
    await settle();
    expect((await listed()).map((item) => item.creditCode)).not.toContain(YONGCHUANG);
    await expectStatus(
      'anonymous',
      new HttpClient(server.baseUrl).get('/api/party-building/term-reminders'),
      401,
    );
    const bad = await expectStatus<{ fields: { field: string }[] }>(
      'bad cursor',
      staff.get('/api/party-building/term-reminders?after=x'),
      400,
    );
    expect(bad.fields.map((problem) => problem.field)).toEqual(['query.after']);
  });

  it('finds due alerts and terms by index, never reading the table whole', async () => {
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await db.query(
      `INSERT INTO party_building_organisations (credit_code, enterprise_name, full_members, probationary_members,
         type, required_form, may_also_form, in_place, union_set_up, youth_league_set_up, records, recorded_at)
       SELECT lpad(n::text, 18, '0'), '企业' || n, 0, 0, 'none', 'none', '{}', true, false, false, 1, now()
       FROM generate_series(1, 5000) AS n ON CONFLICT DO NOTHING`,
    );
    await db.query('ANALYZE party_building_organisations');
    for (const sql of [
      `EXPLAIN SELECT credit_code FROM party_building_organisations
       WHERE alert_due_on IS NOT NULL AND alert_due_on < '2027-01-01' AND alert_escalated_on IS NULL
       ORDER BY alert_due_on, credit_code LIMIT 500`,
      `EXPLAIN SELECT credit_code FROM party_building_organisations
       WHERE term_ends_on IS NOT NULL AND term_ends_on <= '2027-06-01' AND term_ends_on >= '2026-12-01'
       ORDER BY term_ends_on, credit_code LIMIT 500`,
      `EXPLAIN SELECT credit_code FROM party_building_organisations
       WHERE (reminded_6_for = term_ends_on OR reminded_3_for = term_ends_on)
         AND (term_ends_on, credit_code) > ('', '')
       ORDER BY term_ends_on, credit_code LIMIT 51`,
    ]) {
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(sql);
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Seq Scan/u);
    }
  });
});
