import { RestrictionIntake } from '@qinqing/credit/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/honours-recommendations';
/** The demo data's serious bribery conviction restricts this enterprise for every purpose. */
const YONGCHENG = { creditCode: '91330212MA2M8C4R3Y', enterpriseName: '宁波鄞州甬城建设工程有限公司' };
const YONGCHUANG = { creditCode: '91330203MA2H5K7P7A', enterpriseName: '宁波海曙甬创智能制造有限公司' };

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly rule?: { readonly rule: string };
}

/** Honours recommendations refused under credit's restriction on honours, from party building's own replica. */
describe('party-building: honours recommendations under credit restrictions', () => {
  let server: EmbeddedTestServer;
  let staff: HttpClient;
  let officer: HttpClient;

  const logIn = async (username: string) => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  /** Credit's restrictions made and replicated: the record events, credit's intake, the restriction events. */
  const settle = async () => {
    await server.app.get(EventSourcingHost).settle();
    await server.app.get(RestrictionIntake).applyPending();
    await server.app.get(EventSourcingHost).settle();
  };

  const recommend = (enterprise: typeof YONGCHENG) =>
    staff.post<Refusal & { recommendationId: string }>(PATH, {
      ...enterprise,
      honour: 'model-worker',
      nominee: '陈建',
      nomineePosition: '董事长',
    });

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    staff = await logIn('party.lin');
    officer = await logIn('credit.zhao');
  });

  afterAll(() => server.close());

  it('recommends the responsible person of an enterprise credit does not restrict', async () => {
    await settle();
    expect(await expectStatus('recommend', recommend(YONGCHUANG), 201)).toMatchObject({
      creditCode: YONGCHUANG.creditCode,
      honour: 'model-worker',
      recommendedOn: '2026-12-02',
    });
  });

  it('refuses while a restriction on honours is in force, naming the record, and accepts once it is lifted', async () => {
    const refused = await eventually(async () => {
      await settle();
      const answer = await recommend(YONGCHENG);
      return answer.status === 409 ? answer.body : undefined;
    });
    expect(refused).toMatchObject({ error: 'credit-restricted', rule: { rule: 'honours-restriction' } });
    expect(refused.message.zh).toContain('甬鄞检刑〔演示〕105号');
    // The conviction is set aside on an objection: credit withdraws the record and lifts its restriction.
    const objection = await expectStatus<{ objectionId: string }>(
      'object',
      officer.post('/api/credit/objections', {
        documentNumber: '甬鄞检刑〔演示〕105号',
        creditCode: YONGCHENG.creditCode,
        grounds: '再审改判无罪',
      }),
      201,
    );
    await expectStatus(
      'withdraw',
      officer.post(`/api/credit/objections/${objection.objectionId}/decision`, {
        outcome: 'withdrawn',
        reasons: '再审判决撤销原判',
      }),
      201,
    );
    await eventually(async () => {
      await settle();
      const answer = await recommend(YONGCHENG);
      return answer.status === 201 ? answer.body : undefined;
    });
  });

  it('lets only party-building staff recommend', async () => {
    await expectStatus('anonymous', new HttpClient(server.baseUrl).post(PATH, {}), 401);
    await expectStatus('credit officer', officer.post(PATH, {}), 403);
    const bad = await expectStatus<{ field?: string }>(
      'unknown honour',
      staff.post(PATH, { ...YONGCHUANG, honour: 'medal', nominee: '陈建', nomineePosition: '董事长' }),
      400,
    );
    expect(bad.field).toBe('honour');
  });

  it('lists the recorded recommendations newest first, a keyset page at a time, for staff and supervisors', async () => {
    const LIST = `${PATH}?limit=2`;
    for (const nominee of ['王芳', '李强']) {
      await expectStatus(
        'recommend',
        staff.post(PATH, { ...YONGCHUANG, honour: 'excellent-builder', nominee, nomineePosition: '总经理' }),
        201,
      );
    }
    await server.app.get(EventSourcingHost).settle();
    type Page = {
      items: { id: string; nominee: string; honour: string; creditCode: string; recordedOn: string }[];
      next: string | null;
    };
    const first = await expectStatus<Page>('first page', staff.get(LIST), 200);
    expect(first.items.map((item) => item.nominee)).toEqual(['李强', '王芳']);
    expect(first.items[0]).toMatchObject({
      creditCode: YONGCHUANG.creditCode,
      enterpriseName: YONGCHUANG.enterpriseName,
      honour: 'excellent-builder',
      nomineePosition: '总经理',
      recordedOn: '2026-12-02',
    });
    expect(first.next).toMatch(/^\d+$/u);
    const second = await expectStatus<Page>(
      'second page',
      staff.get(`${LIST}&after=${first.next ?? ''}`),
      200,
    );
    // Earlier: the two accepted in the tests above (甬城 once lifted, then 甬创), the refusals never listed.
    expect(second.items.map((item) => item.creditCode)).toEqual([
      YONGCHENG.creditCode,
      YONGCHUANG.creditCode,
    ]);
    // Last, the demo data's one recommendation (宁波望春物业服务有限公司), recorded before the tests began.
    const third = await expectStatus<Page>(
      'third page',
      staff.get(`${LIST}&after=${second.next ?? ''}`),
      200,
    );
    expect(third.items.map((item) => item.creditCode)).toEqual(['91330203MA2P2E5UXB']);
    expect(third.next).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(5);

    const supervisor = await logIn('supervisor.chen');
    expect((await expectStatus<Page>('supervisor', supervisor.get(LIST), 200)).items).toHaveLength(2);
    await expectStatus('anonymous', new HttpClient(server.baseUrl).get(PATH), 401);
    await expectStatus('credit officer', officer.get(PATH), 403);
    const bad = await expectStatus<{ fields?: { field: string }[] }>(
      'bad cursor',
      staff.get(`${PATH}?after=abc`),
      400,
    );
    expect(bad.fields?.map((problem) => problem.field)).toEqual(['query.after']);
  });
});
