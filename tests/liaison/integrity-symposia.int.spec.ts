import { LiaisonProblemIntake } from '@qinqing/appeals/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { type Browser, type FieldErrors, logIn } from './support/liaison-actors';

const A = '91350100M000100Y43';
const B = '91350582MA21111143';

interface Symposium {
  status: string;
  enterprises: { creditCode: string }[];
  problems: { contact: { phone: string } }[];
}

/** Symposia (青岛 二(一) every half year by default; 恒口 二(一) three a year) over HTTP. */
describe('liaison: symposia with enterprises and chambers', () => {
  let server: EmbeddedTestServer;
  const clock = new ManualClock(new Date('2026-03-10T02:00:00.000Z'));
  let admin: Browser;
  let staff: Browser;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock });
    admin = await logIn(server.baseUrl, 'admin');
    staff = await logIn(server.baseUrl, 'staff.wang');
  });
  afterAll(() => server.close());

  it('schedules, records attendance once held, takes problems from attendees, and counts the half year', async () => {
    const { symposiumId } = await expectStatus<{ symposiumId: string }>(
      'schedule',
      admin.post('/api/liaison/symposia', {
        jurisdiction: '370200',
        title: '上半年政企座谈会',
        date: '2026-03-12',
        convenerUnitId: 'unit-business-environment-office',
      }),
      201,
    );
    const attendance = { enterprises: [{ creditCode: A, name: '甲公司' }], chambers: ['机械商会'] };
    const early = await expectStatus<FieldErrors>(
      'before it is held',
      admin.post(`/api/liaison/symposia/${symposiumId}/attendance`, attendance),
      409,
    );
    expect(early.error).toBe('symposium-not-held-yet');
    clock.set(new Date('2026-03-12T08:00:00.000Z'));
    await expectStatus(
      'attendance',
      admin.post(`/api/liaison/symposia/${symposiumId}/attendance`, attendance),
      204,
    );
    const problem = (creditCode: string) => ({
      enterpriseCreditCode: creditCode,
      title: '厂区用电增容',
      description: '扩建后需要增容，希望协调供电公司',
      contact: { name: '王经理', phone: '13805741234' },
    });
    const { problemId } = await expectStatus<{ problemId: string }>(
      'problem',
      admin.post(`/api/liaison/symposia/${symposiumId}/problems`, problem(A)),
      201,
    );
    const absent = await expectStatus<FieldErrors>(
      'absent enterprise',
      admin.post(`/api/liaison/symposia/${symposiumId}/problems`, problem(B)),
      400,
    );
    expect(absent.error).toBe('enterprise-not-attending');
    const seen = await eventually(async () => {
      const answer = await staff.get<Symposium>(`/api/liaison/symposia/${symposiumId}`);
      return answer.status === 200 && answer.body.problems.length === 1 ? answer.body : undefined;
    });
    expect(seen).toMatchObject({ status: 'held', enterprises: [{ creditCode: A }] });
    expect(seen.problems[0]?.contact.phone).toBe('138****1234');
    // Like a visit's, the problem becomes an enterprise request in appeals (channel 座谈会/联席会议), received
    // by the convening unit, under the problem's id.
    const settle = () => server.app.get(EventSourcingHost).settle();
    await settle();
    await server.app.get(LiaisonProblemIntake).submitPending();
    await settle();
    const handler = await logIn(server.baseUrl, 'handler.qian');
    const request = await expectStatus<{ channel: string; enterprise: { creditCode: string } }>(
      'the request in appeals',
      handler.get(`/api/appeals/requests/${problemId}`),
      200,
    );
    expect(request).toMatchObject({ channel: 'joint-meeting', enterprise: { creditCode: A } });
    const year = await expectStatus<{ compliance: { period: string; held: number; met: boolean }[] }>(
      'year',
      staff.get('/api/liaison/symposia?jurisdiction=370200&year=2026'),
      200,
    );
    expect(year.compliance).toEqual([
      { period: '2026-H1', held: 1, minimum: 1, met: true },
      { period: '2026-H2', held: 0, minimum: 1, met: false },
    ]);
  });

  it('takes Hengkou’s three a year from an administrator, and refuses others the change', async () => {
    const path = '/api/liaison/jurisdictions/610902/symposium-settings';
    await expectStatus(
      'staff changes',
      staff.put(path, { period: 'year', minimumPerPeriod: 3, reason: '试' }),
      403,
    );
    await expectStatus(
      'change',
      admin.put(path, { period: 'year', minimumPerPeriod: 3, reason: '恒口 二(一)' }),
      200,
    );
    const year = await expectStatus<{ compliance: unknown[] }>(
      'year',
      staff.get('/api/liaison/symposia?jurisdiction=610902&year=2026'),
      200,
    );
    expect(year.compliance).toEqual([{ period: '2026', held: 0, minimum: 3, met: false }]);
  });

  it('puts an official’s symposium under the jurisdiction on their profile; only supervision names another', async () => {
    const ZHOU = '01960000-0000-7000-8000-000000000101';
    await expectStatus(
      'move 周 to Haishu',
      admin.put(`/api/liaison/officials/${ZHOU}`, {
        accountId: ZHOU,
        name: '周建国',
        unitId: 'dept-market-regulation',
        superiorAccountId: '01960000-0000-7000-8000-000000000102',
        jurisdiction: '330203',
      }),
      200,
    );
    const zhou = await logIn(server.baseUrl, 'official.zhou');
    const body = {
      title: '海曙区民营企业座谈会',
      date: '2026-05-20',
      convenerUnitId: 'dept-market-regulation',
    };
    const named = await expectStatus<FieldErrors>(
      'official names a jurisdiction',
      zhou.post('/api/liaison/symposia', { ...body, jurisdiction: '370200' }),
      400,
    );
    expect(named).toMatchObject({ error: 'jurisdiction-not-chosen', field: 'jurisdiction' });
    const { symposiumId } = await expectStatus<{ symposiumId: string }>(
      'official convenes',
      zhou.post('/api/liaison/symposia', body),
      201,
    );
    const { symposiumId: cityWide } = await expectStatus<{ symposiumId: string }>(
      'administrator, naming none: the deployment’s',
      admin.post('/api/liaison/symposia', { ...body, title: '全市座谈会' }),
      201,
    );
    await expectStatus(
      'administrator, an unknown division',
      admin.post('/api/liaison/symposia', { ...body, jurisdiction: '999999' }),
      400,
    );
    const ids = async (browser: Browser, query: string) => {
      const answer = await expectStatus<{ items: { symposiumId: string }[] }>(
        query,
        browser.get(`/api/liaison/symposia?year=2026${query}`),
        200,
      );
      return answer.items.map((i) => i.symposiumId);
    };
    await eventually(async () => ((await ids(zhou, '')).includes(symposiumId) ? true : undefined));
    expect(await ids(zhou, '')).not.toContain(cityWide);
    expect(await ids(staff, '&jurisdiction=330203')).toContain(symposiumId);
    expect(await ids(staff, '&jurisdiction=370200')).not.toContain(symposiumId);
    await eventually(async () => ((await ids(staff, '')).includes(cityWide) ? true : undefined));
    expect(await ids(staff, '&jurisdiction=330200')).not.toContain(symposiumId);
  });

  it('answers junk with a 400 naming the field, and service staff cannot convene', async () => {
    const bad = await expectStatus<FieldErrors>(
      'junk',
      admin.post('/api/liaison/symposia', {
        jurisdiction: '370200',
        title: '',
        date: 'tomorrow',
        convenerUnitId: 'x',
      }),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['title', 'date']));
    await expectStatus('year missing', staff.get('/api/liaison/symposia?jurisdiction=370200'), 400);
    await expectStatus(
      'service staff',
      staff.post('/api/liaison/symposia', {
        jurisdiction: '370200',
        title: 't',
        date: '2026-04-01',
        convenerUnitId: 'x',
      }),
      403,
    );
  });
});
