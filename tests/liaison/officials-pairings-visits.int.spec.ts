import { LiaisonProblemIntake, LiaisonVisitProblemsConsumer } from '@qinqing/appeals/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { LIAISON_TOPIC, liaisonVisitRequestId, VisitProblemRaisedV1 } from '@qinqing/liaison/contracts';
import { parseCloudEvent, toCloudEvent } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { chinaDateOf } from '@qinqing/liaison/domain';
import { OfficialsService } from '@qinqing/liaison/service';
import { EventSourcingHost, IntegrationEventContext, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const creditCode = (organisation8: string): string => {
  const first17 = `91330203${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};
const ENTERPRISE_A = { creditCode: creditCode('MB1A2B3C'), name: '宁波测试甲精密机械有限公司' };
const ENTERPRISE_B = { creditCode: creditCode('MB1D4E5F'), name: '宁波测试乙新材料有限公司' };
const ENTERPRISE_C = { creditCode: creditCode('MB1G6H7J'), name: '宁波测试丙软件有限公司' };
const ZHOU = '01960000-0000-7000-8000-000000000101';
const SUN = '01960000-0000-7000-8000-000000000102';
const OFFICIAL_A = 'test-official-a';
const OFFICIAL_B = 'test-official-b';

type Refusal = {
  error: string;
  message: { zh: string; en: string };
  rule?: { rule: string; setting?: string; source: string };
};
type PairingView = {
  pairingId: string;
  officialId: string;
  endDate: string | null;
  exceptionJustification: string | null;
};

/**
 * Officials, pairings and visits over HTTP in the one-process platform: who may do what, the pairing limits
 * (with a race), visits by the paired official, problems that become appeals requests over the embedded bus and
 * come back answered, breaches for the discipline inspectors, and quota compliance.
 */
describe('liaison: officials, pairings and visits over HTTP (with the demo data)', () => {
  let server: EmbeddedTestServer;
  const clients = new Map<string, HttpClient>();
  const who = (username: string): HttpClient => {
    const client = clients.get(username);
    if (client === undefined) throw new Error(`${username} did not log in`);
    return client;
  };
  const today = chinaDateOf(new Date());
  const settle = () => server.app.get(EventSourcingHost).settle();

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    for (const username of [
      'admin',
      'official.zhou',
      'official.sun',
      'inspector.wu',
      'supervisor.chen',
      'handler.li',
      'staff.wang',
    ]) {
      clients.set(username, new HttpClient(server.baseUrl));
      await expectStatus(
        `log in ${username}`,
        who(username).post('/api/auth/login', { username, password: DEMO_PASSWORD }),
        200,
      );
    }
    // 孙 and 周 come with the demo data (DEMO_DATA is on in the test server), each with pairings and visits.
    await settle();
    for (const accountId of [OFFICIAL_A, OFFICIAL_B]) {
      await expectStatus(
        `register ${accountId}`,
        admin().post('/api/liaison/officials', {
          accountId,
          name: '测试干部',
          unitId: 'dept-taxation',
          superiorAccountId: SUN,
        }),
        201,
      );
    }
  }, 120_000);

  afterAll(() => server.close());

  const admin = () => who('admin');
  const pair = (officialId: string, enterprise: typeof ENTERPRISE_A, extra: Record<string, unknown> = {}) =>
    admin().post<PairingView & Refusal>('/api/liaison/pairings', {
      officialId,
      enterprise,
      category: 'key-backbone',
      startDate: '2026-01-05',
      ...extra,
    });

  it('settings: Hengkou’s defaults, changed by an administrator only, junk refused naming the field', async () => {
    const read = await expectStatus<{ settings: Record<string, unknown> }>(
      'read',
      who('official.zhou').get('/api/liaison/settings'),
      200,
    );
    expect(read.settings).toEqual({
      preset: 'hengkou',
      minPairingsPerOfficial: 1,
      maxPairingsPerOfficial: 2,
      visitsPerYear: 3,
    });
    await expectStatus(
      'official may not change',
      who('official.zhou').put('/api/liaison/settings', { settings: { preset: 'qingdao' }, reason: '试' }),
      403,
    );
    const junk = await expectStatus<{ fields: { field: string }[] }>(
      'junk',
      admin().put('/api/liaison/settings', { settings: { minPairingsPerOfficial: 'x' }, reason: '' }),
      400,
    );
    expect(junk.fields.map((f) => f.field)).toContain('reason');
    const bad = await expectStatus<Refusal & { field: string }>(
      'min above max',
      admin().put('/api/liaison/settings', {
        settings: { minPairingsPerOfficial: 3, maxPairingsPerOfficial: 2, visitsPerYear: 3 },
        reason: '试',
      }),
      400,
    );
    expect(bad.rule).toMatchObject({ rule: 'pairings-per-official', setting: 'maxPairingsPerOfficial' });
    const changed = await expectStatus<{ settings: Record<string, unknown> }>(
      'to Qingdao',
      admin().put('/api/liaison/settings', { settings: { preset: 'qingdao' }, reason: '按青岛办法' }),
      200,
    );
    expect(changed.settings).toMatchObject({ preset: 'qingdao', visitsPerYear: 1 });
    await expectStatus(
      'back to Hengkou',
      admin().put('/api/liaison/settings', { settings: { preset: 'hengkou' }, reason: '恢复默认' }),
      200,
    );
  });

  it('officials: registered once by an administrator in a known unit; superiorOf answers for filings', async () => {
    const again = await expectStatus<Refusal>(
      'twice',
      admin().post('/api/liaison/officials', {
        accountId: ZHOU,
        name: '周建国',
        unitId: 'dept-market-regulation',
        superiorAccountId: SUN,
      }),
      409,
    );
    expect(again.error).toBe('official-exists');
    const unknown = await expectStatus<{ field: string }>(
      'unknown unit',
      admin().post('/api/liaison/officials', {
        accountId: 'x-1',
        name: '某',
        unitId: 'dept-nowhere',
        superiorAccountId: SUN,
      }),
      400,
    );
    expect(unknown.field).toBe('unitId');
    await expectStatus(
      'not by a supervisor',
      who('supervisor.chen').post('/api/liaison/officials', {
        accountId: 'x-2',
        name: '某',
        unitId: 'dept-taxation',
        superiorAccountId: SUN,
      }),
      403,
    );
    expect(await server.app.get(OfficialsService).superiorOf(ZHOU)).toBe(SUN);
    expect(await server.app.get(OfficialsService).superiorOf('nobody')).toBeNull();
    await expectStatus('own profile', who('official.zhou').get(`/api/liaison/officials/${ZHOU}`), 200);
    await expectStatus('another’s profile', who('official.zhou').get(`/api/liaison/officials/${SUN}`), 404);
  });

  it('office channel (办公电话/办公地点): given at registration, changed, read from the profile and the list', async () => {
    type Profile = { accountId: string; name: string; unitId: string; officeChannel: string | null };
    // The demo officials come with theirs.
    const zhou = await expectStatus<Profile>(
      'zhou',
      who('official.zhou').get(`/api/liaison/officials/${ZHOU}`),
      200,
    );
    expect(zhou.officeChannel).toBe('0574-87186120（区市场监管局 2 楼 212 室）');
    const profile = {
      accountId: 'test-official-office',
      name: '测试干部丙',
      unitId: 'dept-taxation',
      superiorAccountId: SUN,
      officeChannel: ' 0574-87180000（区发改局 305 室） ',
    };
    const created = await expectStatus<Profile>(
      'register',
      admin().post('/api/liaison/officials', profile),
      201,
    );
    expect(created.officeChannel).toBe('0574-87180000（区发改局 305 室）');
    const tooLong = await expectStatus<{ fields: { field: string; message: { zh: string; en: string } }[] }>(
      'too long',
      admin().put(`/api/liaison/officials/${profile.accountId}`, {
        ...profile,
        officeChannel: '办'.repeat(101),
      }),
      400,
    );
    expect(tooLong.fields).toEqual([
      {
        field: 'officeChannel',
        code: 'too_big',
        message: { zh: expect.stringContaining('100'), en: expect.stringContaining('100') },
      },
    ]);
    const twoLines = await expectStatus<{ fields: { field: string }[] }>(
      'two lines',
      admin().put(`/api/liaison/officials/${profile.accountId}`, { ...profile, officeChannel: '305\n306' }),
      400,
    );
    expect(twoLines.fields.map((f) => f.field)).toEqual(['officeChannel']);
    const moved = await expectStatus<Profile>(
      'change',
      admin().put(`/api/liaison/officials/${profile.accountId}`, {
        ...profile,
        officeChannel: '0574-87181111',
      }),
      200,
    );
    expect(moved.officeChannel).toBe('0574-87181111');
    await settle();
    const listed = await expectStatus<{ items: Profile[] }>(
      'list',
      admin().get(`/api/liaison/officials?limit=100`),
      200,
    );
    expect(listed.items.find((item) => item.accountId === profile.accountId)).toMatchObject({
      officeChannel: '0574-87181111',
    });
    // Registered without one: null, and the read model says so too.
    expect(listed.items.find((item) => item.accountId === OFFICIAL_A)).toMatchObject({ officeChannel: null });
  });

  it('officials: the jurisdiction whose settings bind them is on the profile, the deployment’s unless named', async () => {
    const profile = (accountId: string) =>
      expectStatus<{ jurisdiction: string }>(
        'profile',
        admin().get(`/api/liaison/officials/${accountId}`),
        200,
      );
    // Registered in beforeAll naming none: LIAISON_JURISDICTION (宁波市 330200 by default).
    expect(await profile(OFFICIAL_A)).toMatchObject({ jurisdiction: '330200' });
    const body = { accountId: OFFICIAL_A, name: '测试干部', unitId: 'dept-taxation', superiorAccountId: SUN };
    const malformed = await expectStatus<{ fields: { field: string }[] }>(
      'a slug',
      admin().put(`/api/liaison/officials/${OFFICIAL_A}`, { ...body, jurisdiction: 'qingdao' }),
      400,
    );
    expect(malformed.fields.map((f) => f.field)).toContain('jurisdiction');
    const unknown = await expectStatus<Refusal & { field: string }>(
      'not a division',
      admin().put(`/api/liaison/officials/${OFFICIAL_A}`, { ...body, jurisdiction: '330299' }),
      400,
    );
    expect(unknown).toMatchObject({ error: 'unknown-jurisdiction', field: 'jurisdiction' });
    await expectStatus(
      'move to Yinzhou',
      admin().put(`/api/liaison/officials/${OFFICIAL_A}`, { ...body, jurisdiction: '330212' }),
      200,
    );
    expect(await profile(OFFICIAL_A)).toMatchObject({ jurisdiction: '330212' });
    // A change naming none keeps it.
    await expectStatus(
      'rename',
      admin().put(`/api/liaison/officials/${OFFICIAL_A}`, { ...body, name: '测试干部甲' }),
      200,
    );
    expect(await server.app.get(OfficialsService).jurisdictionOf(OFFICIAL_A)).toBe('330212');
    expect(await server.app.get(OfficialsService).jurisdictionOf('nobody')).toBe('330200');
    await settle();
    const list = await admin().get<{ items: { accountId: string; jurisdiction: string }[] }>(
      '/api/liaison/officials?limit=100',
    );
    expect(list.body.items.find((o) => o.accountId === OFFICIAL_A)).toMatchObject({ jurisdiction: '330212' });
    expect(list.body.items.find((o) => o.accountId === ZHOU)).toMatchObject({ jurisdiction: '330200' });
  });

  it('pairings: at most two per official, one official per enterprise unless excepted — 409 naming rule and setting', async () => {
    await expectStatus('A–甲', pair(OFFICIAL_A, ENTERPRISE_A), 201);
    await expectStatus('A–乙', pair(OFFICIAL_A, ENTERPRISE_B), 201);
    const third = await expectStatus<Refusal>('A–丙', pair(OFFICIAL_A, ENTERPRISE_C), 409);
    expect(third).toMatchObject({
      error: 'official-at-capacity',
      rule: {
        rule: 'pairings-per-official',
        setting: 'maxPairingsPerOfficial',
        source: '恒口 二(二)、青岛 二(二)',
      },
    });
    expect(third.message.zh).toContain('每人联系企业数上限为2');
    const shared = await expectStatus<Refusal>('B–甲', pair(OFFICIAL_B, ENTERPRISE_A), 409);
    expect(shared).toMatchObject({
      error: 'enterprise-already-paired',
      rule: { rule: 'one-official-per-enterprise', source: '青岛 二(二)' },
    });
    const excepted = await expectStatus<PairingView>(
      'B–甲 excepted',
      pair(OFFICIAL_B, ENTERPRISE_A, { exceptionJustification: '重大技改项目需发改部门协同' }),
      201,
    );
    expect(excepted.exceptionJustification).toBe('重大技改项目需发改部门协同');
    const ended = await expectStatus<PairingView>(
      'end',
      admin().post(`/api/liaison/pairings/${excepted.pairingId}/end`, { endDate: today, reason: '项目完成' }),
      200,
    );
    expect(ended.endDate).toBe(today);
    await expectStatus(
      'not by an official',
      who('official.zhou').post('/api/liaison/pairings', {
        officialId: ZHOU,
        enterprise: ENTERPRISE_C,
        category: 'four-new',
        startDate: '2026-01-05',
      }),
      403,
    );
    const junk = await expectStatus<{ fields: { field: string }[] }>(
      'junk',
      admin().post('/api/liaison/pairings', {
        officialId: ZHOU,
        enterprise: { creditCode: '123', name: '' },
        category: 'nice',
        startDate: '2026-13-01',
      }),
      400,
    );
    expect(junk.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['enterprise.creditCode', 'category', 'startDate']),
    );
    await settle();
    const mine = await expectStatus<{ items: PairingView[] }>(
      'my enterprises',
      who('official.zhou').get('/api/liaison/pairings?officialId=someone-else'),
      200,
    );
    expect(mine.items.map((p) => p.officialId)).toEqual([ZHOU, ZHOU]);
  });

  it('a race: eight administrators pairing the same enterprise at once get exactly one pairing', async () => {
    const officials = Array.from({ length: 8 }, (_, i) => `race-official-${i}`);
    for (const accountId of officials) {
      await expectStatus(
        'register',
        admin().post('/api/liaison/officials', {
          accountId,
          name: `赛${accountId.slice(-1)}`,
          unitId: 'dept-taxation',
          superiorAccountId: SUN,
        }),
        201,
      );
    }
    const contested = { creditCode: creditCode('MB1K8L9M'), name: '宁波测试争抢有限公司' };
    const answers = await Promise.all(officials.map((id) => pair(id, contested)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(
      answers.filter((a) => a.status === 409).every((a) => a.body.error === 'enterprise-already-paired'),
    ).toBe(true);
    // And one official raced onto three enterprises at once under a maximum of two gets two.
    const three = [creditCode('MB1N1P2Q'), creditCode('MB1R3T4U'), creditCode('MB1W5X6Y')].map((code, i) => ({
      creditCode: code,
      name: `宁波测试并发${i}有限公司`,
    }));
    const racing = await Promise.all(three.map((enterprise) => pair('race-official-0', enterprise)));
    // race-official-0 may hold the contested enterprise already; it never exceeds two in total.
    const held = answers.find((a) => a.status === 201)?.body.officialId === 'race-official-0' ? 1 : 0;
    expect(racing.filter((a) => a.status === 201)).toHaveLength(2 - held);
    expect(racing.filter((a) => a.status === 409).every((a) => a.body.error === 'official-at-capacity')).toBe(
      true,
    );
  });

  it('visits: the paired official logs one; its problems become appeals requests that come back answered', async () => {
    await settle();
    const mine = await expectStatus<{ items: PairingView[] }>(
      'mine',
      who('official.zhou').get('/api/liaison/pairings'),
      200,
    );
    const pairingId = mine.items[0]?.pairingId ?? '';
    const body = {
      pairingId,
      date: today,
      form: 'on-site',
      participants: ['周建国', '企业负责人张敏'],
      learned: '订单增长，技术工人紧缺',
      problems: [{ title: '技术工人招聘难', description: '数控技工缺口30人，希望对接职业院校' }],
      contact: { name: '张敏', phone: '13800000001' },
      conduct: {
        meal: 'canteen-staff-standard',
        alcohol: false,
        transport: 'public',
        costsBorneBy: 'official-unit',
      },
    };
    await expectStatus('another official', who('official.sun').post('/api/liaison/visits', body), 404);
    await expectStatus('not an official', admin().post('/api/liaison/visits', body), 403);
    const junk = await expectStatus<{ fields: { field: string }[] }>(
      'junk',
      who('official.zhou').post('/api/liaison/visits', {
        ...body,
        form: 'banquet',
        conduct: { meal: 'feast' },
      }),
      400,
    );
    expect(junk.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['form', 'conduct.meal']));
    const visit = await expectStatus<{
      visitId: string;
      problems: { problemId: string; state: string }[];
      contact: { phone: string };
    }>('log', who('official.zhou').post('/api/liaison/visits', body), 201);
    expect(visit.problems[0]).toMatchObject({ state: 'raised' });
    expect(visit.contact.phone).toBe('13800000001');

    // The bus carries the problem to appeals, which files it as a request; its events come back to liaison.
    await settle();
    await server.app.get(LiaisonProblemIntake).submitPending();
    await settle();
    const problemId = visit.problems[0]?.problemId ?? '';
    const requestId = liaisonVisitRequestId(problemId);
    const request = await expectStatus<{
      channel: string;
      status: string;
      contact: { name: string; phone: string };
    }>('the request in appeals', who('handler.li').get(`/api/appeals/requests/${requestId}`), 200);
    // The contact crossed the topic sealed (visit-problem.raised.v2) and appeals opened it.
    expect(request).toMatchObject({ channel: 'liaison-visit', contact: { name: '张敏' } });
    expect(request.contact.phone).toMatch(/0001$/u);
    const seen = await expectStatus<{
      problems: { state: string; requestId: string }[];
      contact: { phone: string };
    }>('visit', who('supervisor.chen').get(`/api/liaison/visits/${visit.visitId}`), 200);
    expect(seen.problems[0]).toMatchObject({ state: 'submitted', requestId });
    expect(seen.contact.phone).toBe('138****0001');

    await expectStatus('accept', who('handler.li').post(`/api/appeals/requests/${requestId}/accept`), 200);
    await expectStatus(
      'resolve',
      who('handler.li').post(`/api/appeals/requests/${requestId}/resolve`, {
        answer: '已对接市技师学院定向培养',
      }),
      200,
    );
    await settle();
    const answered = await expectStatus<{
      problems: { state: string; answer: { kind: string; departmentId: string; text: string } }[];
    }>('answered', who('official.zhou').get(`/api/liaison/visits/${visit.visitId}`), 200);
    // The words of the answer come back too: a visit's answers are a public record.
    expect(answered.problems[0]).toMatchObject({
      state: 'resolved',
      answer: {
        kind: 'resolved',
        departmentId: 'dept-market-regulation',
        onTime: true,
        upperLevelUnit: null,
        text: '已对接市技师学院定向培养',
      },
    });
    await expectStatus(
      'another official’s visit',
      who('official.sun').get(`/api/liaison/visits/${visit.visitId}`),
      404,
    );
    await expectStatus(
      'inspector: no breach here',
      who('inspector.wu').get(`/api/liaison/visits/${visit.visitId}`),
      404,
    );
  });

  it('a retired v1 visit problem already on the topic (contact in clear) still opens its request', async () => {
    const problemId = '01960000-0000-7000-8000-00000000e001';
    const event = toCloudEvent(VisitProblemRaisedV1, {
      id: '01960000-0000-7000-8000-00000000e002',
      subject: ENTERPRISE_C.creditCode,
      time: new Date().toISOString(),
      data: {
        problemId,
        visitId: '01960000-0000-7000-8000-00000000e003',
        pairingId: '01960000-0000-7000-8000-00000000e004',
        enterpriseCreditCode: ENTERPRISE_C.creditCode,
        enterpriseName: ENTERPRISE_C.name,
        officialUnitId: 'dept-market-regulation',
        title: '旧版本消息中的问题',
        description: '升级前已在主题上的走访问题',
        raisedOn: today,
        contact: { name: '王强', phone: '13900000009' },
      },
    });
    // Delivered as a bus would: parsed against its contract, in a transaction of the consumer's.
    const consumer = server.app.get(LiaisonVisitProblemsConsumer);
    await server.app.get<SqlDatabase>(SQL_DATABASE).transaction((transaction) =>
      consumer.raisedV1(
        parseCloudEvent(VisitProblemRaisedV1, event),
        new IntegrationEventContext([
          {
            consumer: 'appeals.liaison-visit-problems',
            topic: LIAISON_TOPIC,
            partition: null,
            offset: '0',
            attempt: 1,
            transaction,
          },
        ]),
      ),
    );
    await server.app.get(LiaisonProblemIntake).submitPending();
    await settle();
    const request = await expectStatus<{ channel: string; contact: { name: string; phone: string } }>(
      'the request of a v1 problem',
      who('handler.li').get(`/api/appeals/requests/${liaisonVisitRequestId(problemId)}`),
      200,
    );
    expect(request).toMatchObject({ channel: 'liaison-visit', contact: { name: '王强' } });
    expect(request.contact.phone).toMatch(/0009$/u);
  });

  it('a declared conduct breach goes to the discipline inspectors, not the official’s unit', async () => {
    const mine = await expectStatus<{ items: PairingView[] }>(
      'mine',
      who('official.zhou').get('/api/liaison/pairings'),
      200,
    );
    const visit = await expectStatus<{ visitId: string; breaches: string[] }>(
      'log',
      who('official.zhou').post('/api/liaison/visits', {
        pairingId: mine.items[1]?.pairingId ?? '',
        date: today,
        form: 'on-site',
        participants: [],
        learned: '企业安排了午宴',
        problems: [],
        conduct: {
          meal: 'other',
          alcohol: true,
          transport: 'own',
          costsBorneBy: 'official-unit',
          note: '企业安排午宴并上酒，已婉拒饮酒并自付餐费',
        },
      }),
      201,
    );
    expect(visit.breaches).toEqual(['meal', 'alcohol']);
    await settle();
    const list = await expectStatus<{ items: { visitId: string; breaches: string[] }[] }>(
      'inspector list',
      who('inspector.wu').get('/api/liaison/conduct-breaches'),
      200,
    );
    expect(list.items.map((i) => i.visitId)).toContain(visit.visitId);
    // The demo data's declared breach (a meal outside the canteen, paid by the official) is there too.
    expect(list.items.map((i) => i.visitId)).toContain('demo-visit-3');
    await expectStatus(
      'inspector may read it',
      who('inspector.wu').get(`/api/liaison/visits/${visit.visitId}`),
      200,
    );
    for (const username of ['supervisor.chen', 'admin', 'official.zhou', 'handler.li']) {
      await expectStatus(
        `${username} may not list breaches`,
        who(username).get('/api/liaison/conduct-breaches'),
        403,
      );
    }
  });

  it('compliance: own pairings for an official, one unit for a supervisor, reminders for those behind', async () => {
    await settle();
    const own = await expectStatus<{
      pairings: { due: number; done: number; status: string }[];
      settings: { visitsPerYear: number };
    }>('own', who('official.zhou').get('/api/liaison/compliance'), 200);
    expect(own.pairings).toHaveLength(2);
    // The demo visits of this year and the two logged above.
    expect(own.pairings.every((p) => p.done >= 1)).toBe(true);
    expect(own.pairings.every((p) => p.due === 3)).toBe(true);
    await expectStatus('unit required', who('supervisor.chen').get('/api/liaison/compliance'), 400);
    const unit = await expectStatus<{ pairings: unknown[]; belowMinimum: { officialId: string }[] }>(
      'unit',
      who('supervisor.chen').get('/api/liaison/compliance?unitId=dept-taxation'),
      200,
    );
    expect(unit.belowMinimum.length).toBeGreaterThan(0);
    const reminders = await expectStatus<{ reminders: { officialId: string; message: { zh: string } }[] }>(
      'reminders',
      who('supervisor.chen').get('/api/liaison/compliance/reminders?unitId=dept-market-regulation'),
      200,
    );
    for (const reminder of reminders.reminders) expect(reminder.message.zh).toContain('走访进度落后');
    await expectStatus(
      'not for handlers',
      who('handler.li').get('/api/liaison/compliance?unitId=dept-market-regulation'),
      403,
    );
    await expectStatus(
      'bad year',
      who('supervisor.chen').get('/api/liaison/compliance?unitId=dept-taxation&year=abc'),
      400,
    );
  });
});
