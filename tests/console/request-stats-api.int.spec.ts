import type { NestExpressApplication } from '@nestjs/platform-express';
import { createEmbeddedApp, loadEmbeddedConfig } from '@qinqing/apps/embedded';
import type { RequestFigures, RequestStatsAnswer, UnitRequestFigures } from '@qinqing/service-centre/domain';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
} from '@qinqing/identity/service';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, HttpClient } from './http-client';

const databaseUrl = inject('databaseUrl');

const backends: { name: string; open(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> }[] =
  [
    {
      name: 'PGlite',
      open: async () => ({
        env: { DATA_DIR: `memory://service-centre-${process.pid}` },
        drop: async () => undefined,
      }),
    },
    ...(databaseUrl === null
      ? []
      : [
          {
            name: 'PostgreSQL',
            open: async () => {
              const database = await createTestDatabase(databaseUrl);
              return { env: { EVENT_STORE: 'postgres', DATABASE_URL: database.url }, drop: database.drop };
            },
          },
        ]),
  ];

const YINZHOU = 'centre-yinzhou';
const HAISHU = 'centre-haishu';
const MARKET = 'dept-market-regulation';
const HR = 'dept-human-resources';
const STATS = '/api/service-centre/request-stats';

const none: RequestFigures = {
  requests: 0,
  accepted: 0,
  answered: 0,
  open: 0,
  resolved: 0,
  resolvedOnTime: 0,
  escalated: 0,
  informed: 0,
  overdue: 0,
  reopened: 0,
  rated: 0,
  satisfied: 0,
  averageRating: null,
};
const row = (unitId: string, figures: Partial<RequestFigures>): UnitRequestFigures => ({
  unitId,
  ...none,
  ...figures,
});

let enterprises = 0;
const creditCode = (): string => {
  const organisation8 = `MY${String(++enterprises).padStart(6, '0')}`;
  const first17 = `91330212${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/**
 * The API behind the console's 亲清家园 / 部门 panel, end to end in the one-process app (it lives here, not in
 * libs/service-centre, because a library's test may not start the app that mounts it: a dependency cycle): requests are filed and handled through the appeals HTTP
 * API, the platform settles (the embedded bus carries the public events to the service-centre consumer),
 * and the endpoint answers. The demo data fills centre-haishu; these requests are filed at centre-yinzhou by
 * a service-staff account made for the test, so that centre's figures are exactly these requests'.
 */
describe.each(backends)('GET /api/service-centre/request-stats over $name', (backend) => {
  let app: NestExpressApplication;
  let drop: () => Promise<void>;
  let base: string;
  const users: Record<'zhou' | 'wang' | 'li' | 'zhao' | 'supervisor' | 'admin', HttpClient> = {} as never;
  const phone = () => new HttpClient(base);

  const logIn = async (username: string, password = DEMO_PASSWORD) => {
    const client = new HttpClient(base);
    await expectStatus(`log in as ${username}`, client.post('/api/auth/login', { username, password }), 200);
    return client;
  };
  const act = (client: HttpClient, requestId: string, action: string, body?: unknown) =>
    expectStatus(
      `${action} ${requestId}`,
      client.post(`/api/appeals/requests/${requestId}/${action}`, body),
      200,
    );
  const fileAtYinzhou = async () => {
    const contactPhone = `1390000${String(1000 + enterprises).slice(-4)}`;
    const filed = await expectStatus(
      'file a request',
      users.zhou.post<{ requestId: string; receiptCode: string }>('/api/appeals/requests', {
        enterprise: { creditCode: creditCode(), name: `鄞州测试企业${enterprises}号有限公司` },
        contact: { name: '周先生', phone: contactPhone },
        category: 'market-order',
        title: '经营场所变更登记咨询',
        description: '企业搬迁后需要办理经营场所变更登记，请部门指导。',
        channel: 'staff-walk-in',
      }),
      201,
    );
    return { ...filed, proof: { receiptCode: filed.receiptCode, phoneLast4: contactPhone.slice(-4) } };
  };
  const handOff = (requestId: string, toDepartmentId: string) =>
    act(users.zhou, requestId, 'hand-off', { toDepartmentId, note: '请贵部门办理' });
  const stats = async (client: HttpClient, query = '') =>
    expectStatus(`stats${query}`, client.get<RequestStatsAnswer>(`${STATS}${query}`), 200);

  beforeAll(async () => {
    const opened = await backend.open();
    drop = opened.drop;
    app = await createEmbeddedApp(
      loadEmbeddedConfig({
        ...opened.env,
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'true',
        APPEALS_SCHEDULER_INTERVAL_MS: '0',
      }),
      new ManualClock(new Date('2026-06-01T10:00:00+08:00')),
    );
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    users.admin = await logIn('admin');
    await expectStatus(
      'create a Yinzhou service-staff account',
      users.admin.post('/api/admin/staff-accounts', {
        username: 'staff.zhou',
        displayName: '周敏',
        role: 'service-staff',
        centreId: YINZHOU,
        password: 'Yinzhou-Centre-2026',
      }),
      201,
    );
    users.zhou = await logIn('staff.zhou', 'Yinzhou-Centre-2026');
    users.wang = await logIn('staff.wang');
    users.li = await logIn('handler.li');
    users.zhao = await logIn('handler.zhao');
    users.supervisor = await logIn('supervisor.chen');

    // r1: resolved on time, rated 非常满意.
    const r1 = await fileAtYinzhou();
    await handOff(r1.requestId, MARKET);
    await act(users.li, r1.requestId, 'accept');
    await act(users.li, r1.requestId, 'resolve', { answer: '已办理经营场所变更登记。' });
    // r2: reported to a higher level (报出), rated 不满意.
    const r2 = await fileAtYinzhou();
    await handOff(r2.requestId, MARKET);
    await act(users.li, r2.requestId, 'accept');
    await act(users.li, r2.requestId, 'escalate', {
      upperLevelUnit: '宁波市市场监督管理局',
      upperLevelReference: '甬市监〔2026〕7号',
      note: '涉及跨区域事项，已报市局',
    });
    // r3: misrouted, sent back, handed to human resources and accepted there.
    const r3 = await fileAtYinzhou();
    await handOff(r3.requestId, MARKET);
    await act(users.li, r3.requestId, 'send-back', { reason: '属人力社保局职责' });
    await handOff(r3.requestId, HR);
    await act(users.zhao, r3.requestId, 'accept');
    // r4: still with the centre.
    await fileAtYinzhou();
    // r5: resolved, then reopened by the enterprise.
    const r5 = await fileAtYinzhou();
    await handOff(r5.requestId, MARKET);
    await act(users.li, r5.requestId, 'accept');
    await act(users.li, r5.requestId, 'resolve', { answer: '已告知办理流程。' });

    await app.get(EventSourcingHost).settle(); // the walk-in tracks by receipt from the read model
    await expectStatus(
      'rate r1',
      phone().post(`/api/appeals/requests/${r1.requestId}/rate`, { ...r1.proof, rating: 'very-satisfied' }),
      200,
    );
    await expectStatus(
      'rate r2',
      phone().post(`/api/appeals/requests/${r2.requestId}/rate`, { ...r2.proof, rating: 'dissatisfied' }),
      200,
    );
    await expectStatus(
      'reopen r5',
      phone().post(`/api/appeals/requests/${r5.requestId}/reopen`, {
        ...r5.proof,
        reason: '问题没有实际解决',
      }),
      200,
    );
    await app.get(EventSourcingHost).settle();
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const yinzhouRow = row(YINZHOU, {
    requests: 5,
    accepted: 4,
    answered: 2,
    open: 3,
    resolved: 1,
    resolvedOnTime: 1,
    escalated: 1,
    reopened: 1,
    rated: 2,
    satisfied: 1,
    averageRating: 3.5,
  });

  it('counts the requests filed at a centre, per centre and per department that has them now', async () => {
    const answer = await stats(users.supervisor, `?centreId=${YINZHOU}`);
    expect(answer.filter).toEqual({ centreId: YINZHOU, departmentId: null });
    expect(answer.centres).toEqual([yinzhouRow]);
    const { unitId: _, ...totals } = yinzhouRow;
    expect(answer.totals).toEqual(totals);
    expect(answer.departments).toEqual([
      row(HR, { requests: 1, accepted: 1, open: 1 }),
      row(MARKET, {
        requests: 3,
        accepted: 3,
        answered: 2,
        open: 1,
        resolved: 1,
        resolvedOnTime: 1,
        escalated: 1,
        reopened: 1,
        rated: 2,
        satisfied: 1,
        averageRating: 3.5,
      }),
    ]);
  });

  it('supervisors and administrators see every centre; the centres add up to the totals', async () => {
    for (const client of [users.supervisor, users.admin]) {
      const answer = await stats(client);
      expect(answer.filter).toEqual({ centreId: null, departmentId: null });
      // First receivers: the two centres, and the units of the officials whose visit problems became requests.
      expect(answer.centres.map((c) => c.unitId)).toEqual(expect.arrayContaining([HAISHU, YINZHOU]));
      expect(answer.centres.find((c) => c.unitId === YINZHOU)).toEqual(yinzhouRow);
      // The demo data's requests at Haishu are there too.
      expect(answer.centres.find((c) => c.unitId === HAISHU)?.requests).toBeGreaterThan(0);
      expect(answer.totals.requests).toBe(answer.centres.reduce((sum, c) => sum + c.requests, 0));
      expect(answer.totals.open).toBe(answer.totals.requests - answer.totals.answered);
    }
  });

  it('service staff see their own centre only, and are refused another', async () => {
    const own = await stats(users.zhou);
    expect(own.filter).toEqual({ centreId: YINZHOU, departmentId: null });
    expect(own).toEqual(await stats(users.supervisor, `?centreId=${YINZHOU}`));
    const wang = await stats(users.wang);
    expect(wang.centres.map((c) => c.unitId)).toEqual([HAISHU]);
    const refused = await users.wang.get<{ error: string; message: { zh: string; en: string } }>(
      `${STATS}?centreId=${YINZHOU}`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: 'other-centre',
      message: { zh: expect.any(String), en: expect.any(String) },
    });
  });

  it('department handlers see their own department only, and are refused another', async () => {
    const li = await stats(users.li);
    expect(li.filter).toEqual({ centreId: null, departmentId: MARKET });
    expect(li.departments.map((d) => d.unitId)).toEqual([MARKET]);
    expect(li.centres.find((c) => c.unitId === YINZHOU)).toMatchObject({ requests: 3, answered: 2, open: 1 });
    const zhao = await stats(users.zhao, `?centreId=${YINZHOU}`);
    expect(zhao.departments).toEqual([row(HR, { requests: 1, accepted: 1, open: 1 })]);
    const refused = await users.li.get<{ error: string }>(`${STATS}?departmentId=${HR}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('other-department');
  });

  it('kiosks and walk-ins are refused (403); nobody signed in is asked to sign in (401)', async () => {
    const device = DEMO_KIOSK_DEVICES.find((d) => d.centreId === YINZHOU);
    if (device === undefined) throw new Error('no Yinzhou demo kiosk');
    const kiosk = new HttpClient(base);
    await expectStatus(
      'provision',
      kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
      200,
    );
    expect((await kiosk.get(STATS)).status).toBe(403);
    const walkIn = kiosk.clone([SESSION_COOKIES.kioskDevice]);
    await expectStatus('start a walk-in', walkIn.post('/api/kiosk/sessions'), 201);
    expect((await walkIn.get(STATS)).status).toBe(403);
    expect((await phone().get(STATS)).status).toBe(401);
  });

  it('a bad query is a 400 naming the field in Chinese and English', async () => {
    const malformed = await users.supervisor.get<{
      error: string;
      fields: { field: string; message: { zh: string; en: string } }[];
    }>(`${STATS}?centreId=${encodeURIComponent('鄞州 centre')}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('validation-failed');
    expect(malformed.body.fields).toEqual([
      expect.objectContaining({
        field: 'query.centreId',
        message: { zh: expect.stringContaining('小写字母'), en: expect.stringContaining('lower-case') },
      }),
    ]);
    const unknown = await users.supervisor.get<{ fields: { field: string }[] }>(`${STATS}?centre=${YINZHOU}`);
    expect(unknown.status).toBe(400);
    const repeated = await users.supervisor.get(`${STATS}?departmentId=${MARKET}&departmentId=${HR}`);
    expect(repeated.status).toBe(400);
  });
});
