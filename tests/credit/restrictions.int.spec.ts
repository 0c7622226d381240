import type { EnterpriseRestrictions } from '@qinqing/credit/contracts';
import { RestrictionIntake, RestrictionLifter } from '@qinqing/credit/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { ServiceCentreCreditRestrictions } from '@qinqing/service-centre/service';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const RECORDS = '/api/credit/records';
const CODE = '91330203MA2H5K7P7A';
const restrictionsOf = (query: string) => `/api/credit/restrictions?${query}`;

interface Refusal {
  readonly fields?: readonly { readonly field: string; readonly message: { zh: string; en: string } }[];
}

const bribery = {
  documentNumber: '昆检刑诉〔2026〕7号',
  kind: 'bribery',
  severity: 'general',
  issuingAuthority: '昆山市人民法院',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国刑法》第三百九十三条',
  evidenceReference: '判决书 (2026)苏0583刑初7号',
  creditCode: CODE,
  enterpriseName: '宁波海曙甬创智能制造有限公司',
};

/** 一处失信、处处受限 in the one-process app: records become restrictions through credit's own public events. */
describe('credit: restrictions over HTTP', () => {
  let server: EmbeddedTestServer;
  let officer: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  /** The restrictions once the record's events have gone round the bus and the intake has applied them. */
  const settled = async (
    client: HttpClient,
    query: string,
    done: (answer: EnterpriseRestrictions) => boolean,
  ): Promise<EnterpriseRestrictions> =>
    eventually(async () => {
      await server.app.get(EventSourcingHost).settle();
      await server.app.get(RestrictionIntake).applyPending();
      await server.app.get(EventSourcingHost).settle();
      const answer = await expectStatus<EnterpriseRestrictions>(
        'restrictions',
        client.get(restrictionsOf(query)),
        200,
      );
      return done(answer) ? answer : undefined;
    }, 20_000);

  beforeAll(async () => {
    // 2 December 2026, 09:00 in China.
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    officer = await logIn('credit.zhao');
  });

  afterAll(() => server.close());

  it('a bribery record restricts the enterprise for every purpose from its decision, for the set period', async () => {
    await expectStatus('record bribery', officer.post(RECORDS, bribery), 201);
    const answer = await settled(
      officer,
      `creditCode=${CODE.toLowerCase()}`,
      (a) => a.restrictions.length > 0,
    );
    expect(answer).toEqual({
      creditCode: CODE,
      asOf: '2026-12-02',
      restrictions: [
        {
          restrictionId: '昆检刑诉〔2026〕7号#1',
          documentNumber: '昆检刑诉〔2026〕7号',
          kind: 'bribery',
          severity: 'general',
          purposes: ['honours', 'policy-benefits', 'public-procurement', 'key-enterprise-pairing'],
          startsOn: '2026-05-10',
          endsOn: '2029-05-10',
          active: true,
          liftedOn: null,
          liftReason: null,
          issuingAuthority: '昆山市人民法院',
        },
      ],
    });
    // Staff who act on it read it too; a purpose filters.
    const official = await logIn('official.zhou');
    const pairing = await expectStatus<EnterpriseRestrictions>(
      'for pairing',
      official.get(restrictionsOf(`creditCode=${CODE}&purpose=key-enterprise-pairing`)),
      200,
    );
    expect(pairing.restrictions.map((r) => r.restrictionId)).toEqual(['昆检刑诉〔2026〕7号#1']);
  });

  it('other contexts check their own replicas: liaison refuses the pairing (409 naming the record), the service centre withholds policy benefits', async () => {
    const centre = server.app.get(ServiceCentreCreditRestrictions);
    const withheld = await eventually(async () => {
      await server.app.get(EventSourcingHost).settle();
      return (await centre.inForce(CODE, 'policy-benefits', '2026-12-02')) ?? undefined;
    });
    expect(withheld).toMatchObject({
      documentNumber: '昆检刑诉〔2026〕7号',
      rule: 'bribery-restrictions',
      endsOn: '2029-05-10',
    });
    expect(await centre.inForce(CODE, 'policy-benefits', '2029-05-11')).toBeNull();

    const admin = await logIn('admin');
    const refused = await expectStatus<{
      message: { zh: string; en: string };
      rule?: { rule: string; source: string };
    }>(
      'pair a restricted enterprise',
      admin.post('/api/liaison/pairings', {
        officialId: '01960000-0000-7000-8000-000000000102',
        enterprise: { creditCode: CODE, name: bribery.enterpriseName },
        category: 'key-backbone',
        startDate: '2026-12-01',
      }),
      409,
    );
    expect(refused.message.zh).toContain('昆检刑诉〔2026〕7号');
    expect(refused.message.zh).toContain('昆山 六(5)');
    expect(refused.message.en).toContain('昆检刑诉〔2026〕7号');
    expect(refused.rule).toMatchObject({ rule: 'bribery-restrictions' });
  });

  it('a serious penalty restricts honours and policy benefits only; a correction that moves the date re-imposes', async () => {
    const penalty = {
      ...bribery,
      documentNumber: '昆市监罚〔2026〕40号',
      kind: 'administrative-penalty',
      severity: 'serious',
      issuingAuthority: '昆山市市场监督管理局',
      decidedOn: '2026-06-01',
      legalBasis: '《中华人民共和国产品质量法》第四十九条',
    };
    await expectStatus('record penalty', officer.post(RECORDS, penalty), 201);
    const first = await settled(officer, `creditCode=${CODE}&purpose=honours`, (a) =>
      a.restrictions.some((r) => r.documentNumber === penalty.documentNumber),
    );
    expect(first.restrictions.find((r) => r.documentNumber === penalty.documentNumber)).toMatchObject({
      purposes: ['honours', 'policy-benefits'],
      startsOn: '2026-06-01',
      endsOn: '2029-06-01',
      active: true,
    });
    const procurement = await expectStatus<EnterpriseRestrictions>(
      'for procurement',
      officer.get(restrictionsOf(`creditCode=${CODE}&purpose=public-procurement`)),
      200,
    );
    expect(procurement.restrictions.map((r) => r.documentNumber)).toEqual(['昆检刑诉〔2026〕7号']);

    await expectStatus(
      'correct the date',
      officer.post(`${RECORDS}/corrections`, {
        documentNumber: penalty.documentNumber,
        changes: { decidedOn: '2026-06-02' },
        reason: '决定书落款日期更正',
      }),
      201,
    );
    const moved = await settled(officer, `creditCode=${CODE}`, (a) =>
      a.restrictions.some((r) => r.restrictionId === '昆市监罚〔2026〕40号#2'),
    );
    expect(
      moved.restrictions
        .filter((r) => r.documentNumber === penalty.documentNumber)
        .map((r) => [r.restrictionId, r.startsOn, r.endsOn, r.active, r.liftReason]),
    ).toEqual([
      ['昆市监罚〔2026〕40号#2', '2026-06-02', '2029-06-02', true, null],
      ['昆市监罚〔2026〕40号#1', '2026-06-01', '2029-06-01', false, 'record-corrected'],
    ]);
  });

  it('a repair lifts the restriction on its date, once', async () => {
    const lifter = server.app.get(RestrictionLifter);
    const metadata = { correlationId: 'repair-1', actor: { id: 'credit.zhao', role: 'credit-officer' } };
    await lifter.lift('昆检刑诉〔2026〕7号', 'repaired', '2026-12-01', metadata);
    await lifter.lift('昆检刑诉〔2026〕7号', 'repaired', '2026-12-01', metadata);
    const answer = await settled(officer, `creditCode=${CODE}&purpose=public-procurement`, (a) =>
      a.restrictions.every((r) => r.liftedOn !== null),
    );
    expect(answer.restrictions).toEqual([
      expect.objectContaining({ active: false, liftedOn: '2026-12-01', liftReason: 'repaired' }),
    ]);
  });

  it('a record withdrawn on an objection lifts its restriction through the events, without anyone calling the lifter', async () => {
    const record = { ...bribery, documentNumber: '昆检刑诉〔2026〕9号', decidedOn: '2026-06-01' };
    await expectStatus('record', officer.post(RECORDS, record), 201);
    await settled(officer, `creditCode=${CODE}&purpose=honours`, (a) =>
      a.restrictions.some((r) => r.documentNumber === record.documentNumber && r.active),
    );
    const objection = await expectStatus<{ objectionId: string }>(
      'object',
      officer.post('/api/credit/objections', {
        documentNumber: record.documentNumber,
        creditCode: CODE,
        grounds: '判决已被再审撤销',
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
    const answer = await settled(officer, `creditCode=${CODE}&purpose=honours`, (a) =>
      a.restrictions.some((r) => r.documentNumber === record.documentNumber && r.liftedOn !== null),
    );
    expect(answer.restrictions.find((r) => r.documentNumber === record.documentNumber)).toMatchObject({
      active: false,
      liftedOn: '2026-12-02',
      liftReason: 'record-withdrawn',
    });
  });

  it('answers 400 naming creditCode or purpose, in both languages', async () => {
    const badCode = await expectStatus<Refusal>(
      'bad code',
      officer.get(restrictionsOf('creditCode=123')),
      400,
    );
    expect(badCode.fields?.map((f) => f.field)).toContain('query.creditCode');
    const missing = await expectStatus<Refusal>(
      'no code',
      officer.get(restrictionsOf('purpose=honours')),
      400,
    );
    expect(missing.fields?.map((f) => f.field)).toContain('query.creditCode');
    const badPurpose = await expectStatus<Refusal>(
      'bad purpose',
      officer.get(restrictionsOf(`creditCode=${CODE}&purpose=loans`)),
      400,
    );
    const named = badPurpose.fields?.find((f) => f.field === 'query.purpose');
    expect(named?.message.zh).toContain('用途');
    expect(named?.message.en).toContain('purpose');
  });

  it('staff read it; anonymous 401, the administrator and kiosks 403', async () => {
    const path = restrictionsOf(`creditCode=${CODE}`);
    await expectStatus('anonymous', new HttpClient(server.baseUrl).get(path), 401);
    for (const username of ['supervisor.chen', 'inspector.wu', 'staff.wang', 'official.zhou', 'handler.li']) {
      await expectStatus(username, (await logIn(username)).get(path), 200);
    }
    await expectStatus('admin', (await logIn('admin')).get(path), 403);
    const device = new HttpClient(server.baseUrl);
    await expectStatus(
      'kiosk device session',
      device.post('/api/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
      200,
    );
    await expectStatus('walk-in session', device.post('/api/kiosk/sessions'), 201);
    await expectStatus('kiosk', device.get(path), 403);
  });
});
