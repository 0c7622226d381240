import { parseCalendarDate } from '@qinqing/calendar/domain';
import { DEMO_RECORDS, RestrictionIntake } from '@qinqing/credit/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { DEMO_DIRECTORY } from '@qinqing/liaison/service';
import type {
  AlertPage,
  CoverageAnswer,
  OrganisationPage,
  OrganisationView,
} from '@qinqing/party-building/contracts';
import { honoursRecommendationStreamId, organisationStreamId } from '@qinqing/party-building/domain';
import {
  DEMO_HONOURS_RECOMMENDATION,
  DEMO_ORGANISATIONS,
  DEMO_RESTRICTED_ENTERPRISE,
  PartyBuildingDemoDataSeeder,
} from '@qinqing/party-building/service';
import { type EventStore, ManualClock } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisations';
const SEEDED_ON = parseCalendarDate('2026-12-02');
const codeOf = (name: string): string => {
  const found = DEMO_DIRECTORY.find((e) => e.details.name === name);
  if (found === undefined) throw new Error(`${name} is not in the demo directory`);
  return found.creditCode;
};

/**
 * The party-building demo data in the one-process app, seeded on Wednesday 2 December 2026: every situation
 * of the branch rules once, an overdue alert escalated, a term reminder given, one honours recommendation.
 */
describe('party-building: demo data', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;

  const organisation = (name: string) =>
    expectStatus<OrganisationView>(name, staff.get(`${PATH}/${codeOf(name)}`), 200);
  const history = (streamId: string) => server.app.get<EventStore>(EVENT_STORE).readStream(streamId);
  const demoStreams = () => [
    ...DEMO_ORGANISATIONS.map((d) => organisationStreamId(d.organisation(SEEDED_ON).creditCode)),
    honoursRecommendationStreamId(DEMO_HONOURS_RECOMMENDATION.recommendationId),
  ];

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'party.lin', password: DEMO_PASSWORD }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
  });

  afterAll(() => server.close());

  it('records enterprises of the directory under their registered names', () => {
    for (const demo of DEMO_ORGANISATIONS) {
      const { creditCode, enterpriseName } = demo.organisation(SEEDED_ON);
      expect(DEMO_DIRECTORY.find((e) => e.creditCode === creditCode)?.details.name, creditCode).toBe(
        enterpriseName,
      );
    }
    for (const { creditCode, enterpriseName } of [DEMO_HONOURS_RECOMMENDATION, DEMO_RESTRICTED_ENTERPRISE])
      expect(DEMO_DIRECTORY.find((e) => e.creditCode === creditCode)?.details.name).toBe(enterpriseName);
    // The restricted enterprise's record is in the credit demo data, serious and bribery.
    expect(
      DEMO_RECORDS.find((r) => r.documentNumber === DEMO_RESTRICTED_ENTERPRISE.documentNumber)?.facts,
    ).toMatchObject({
      creditCode: DEMO_RESTRICTED_ENTERPRISE.creditCode,
      kind: 'bribery',
      severity: 'serious',
    });
  });

  it('shows a branch, a committee, a joint branch, an instructor only and none, dated back from today', async () => {
    expect(await organisation('宁波天一阁老字号餐饮管理有限公司')).toMatchObject({
      type: 'branch',
      requiredForm: 'branch',
      inPlace: true,
      secretary: '张三（演示）',
      termEndsOn: '2028-10-02',
    });
    expect(await organisation('宁波鄞州甬城建设工程有限公司')).toMatchObject({
      type: 'branch-committee',
      requiredForm: 'branch-committee',
      inPlace: true,
    });
    expect(await organisation('宁波海曙鼓楼便利连锁有限公司')).toMatchObject({
      type: 'joint-branch',
      inPlace: true,
      secretary: null,
    });
    expect(await organisation('宁波月湖纺织品进出口有限公司')).toMatchObject({
      type: 'none',
      requiredForm: 'none',
      instructor: '孙七（演示）',
    });
    expect(await organisation('宁波海曙华辰商务咨询有限公司')).toMatchObject({
      type: 'none',
      fullMembers: 0,
      instructor: null,
    });
    const short = await expectStatus<OrganisationPage>(
      'not in place',
      staff.get(`${PATH}?inPlace=false`),
      200,
    );
    expect(short.items.map((i) => i.enterpriseName).sort()).toEqual([
      '宁波东钱湖港联物流有限公司',
      '宁波南部新城云帆软件有限公司',
    ]);
  });

  it('has an open alert and one recorded 90 days ago that is overdue and escalated on the day seeded', async () => {
    const alerts = await expectStatus<AlertPage>('alerts', staff.get('/api/party-building/alerts'), 200);
    expect(alerts.items).toHaveLength(2);
    expect(alerts.items.find((a) => a.creditCode === codeOf('宁波东钱湖港联物流有限公司'))).toMatchObject({
      requiredForm: 'branch-committee',
      raisedOn: '2026-09-03',
      overdue: true,
      escalatedOn: '2026-12-02',
    });
    expect(alerts.items.find((a) => a.creditCode === codeOf('宁波南部新城云帆软件有限公司'))).toMatchObject({
      requiredForm: 'branch',
      raisedOn: '2026-11-27',
      overdue: false,
      escalatedOn: null,
    });
  });

  it('gives the six-month reminder of the term ending in five months', async () => {
    expect((await organisation('宁波鄞州汇通电子商务有限公司')).termEndsOn).toBe('2027-05-02');
    const events = await history(organisationStreamId(codeOf('宁波鄞州汇通电子商务有限公司')));
    expect(events.filter((e) => e.type === 'TermReminderDue').map((e) => e.data)).toEqual([
      expect.objectContaining({ termEndsOn: '2027-05-02', monthsBefore: 6, remindedOn: '2026-12-02' }),
    ]);
  });

  it('counts the demo organisations in the coverage: five organised, six reached by party work', async () => {
    const coverage = await expectStatus<CoverageAnswer>(
      'coverage',
      staff.get('/api/party-building/coverage'),
      200,
    );
    expect(coverage.total).toMatchObject({ enterprises: DEMO_DIRECTORY.length, organised: 5, worked: 6 });
  });

  it('holds one accepted recommendation, and refuses one for the enterprise credit restricts', async () => {
    const recommended = await history(
      honoursRecommendationStreamId(DEMO_HONOURS_RECOMMENDATION.recommendationId),
    );
    expect(recommended.map((e) => e.type)).toEqual(['HonourRecommended']);
    expect(recommended[0]?.data).toMatchObject({ recommendedOn: '2026-11-18', honour: 'excellent-builder' });
    const refused = await eventually(async () => {
      await server.app.get(EventSourcingHost).settle();
      await server.app.get(RestrictionIntake).applyPending();
      await server.app.get(EventSourcingHost).settle();
      const answer = await staff.post<{ error: string; message: { zh: string } }>(
        '/api/party-building/honours-recommendations',
        {
          creditCode: DEMO_RESTRICTED_ENTERPRISE.creditCode,
          enterpriseName: DEMO_RESTRICTED_ENTERPRISE.enterpriseName,
          honour: 'model-worker',
          nominee: '李四（演示）',
          nomineePosition: '总经理',
        },
      );
      return answer.status === 409 ? answer.body : undefined;
    });
    expect(refused.error).toBe('credit-restricted');
    expect(refused.message.zh).toContain(DEMO_RESTRICTED_ENTERPRISE.documentNumber);
  });

  it('is cheap, and adds nothing when the app starts again on the same store', async () => {
    const before = (await Promise.all(demoStreams().map(history))).flat().length;
    expect(before).toBeLessThanOrEqual(15);
    expect(await server.app.get(PartyBuildingDemoDataSeeder).seed()).toEqual({
      organisations: 0,
      recommendations: 0,
    });
    expect((await Promise.all(demoStreams().map(history))).flat().length).toBe(before);
  });
});
