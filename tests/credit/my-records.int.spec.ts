import type { MyIntegrityFile } from '@qinqing/credit/contracts';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
} from '@qinqing/identity/service';
import { OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const MINE = '/api/credit/records/mine';
/** Demo: a general penalty five months old (repairable) — 宁波鄞州康源生物科技有限公司. */
const KANGYUAN = '91330212MA2J1C6T17';
/** Demo: a minor penalty and a praise — 宁波月湖纺织品进出口有限公司. */
const YUEHU = '91330203MA2GQ8R35N';

/** 我的企业信用: the identified enterprise reads its own integrity file at the kiosk, public facts only. */
describe('credit: an enterprise’s own file at the kiosk', () => {
  let server: EmbeddedTestServer;
  const sent: OutboundTextMessage[] = [];
  let kiosk: HttpClient;

  const walkIn = async (): Promise<HttpClient> => {
    const visitor = kiosk.clone([SESSION_COOKIES.kioskDevice]);
    await expectStatus('start a walk-in', visitor.post('/api/kiosk/sessions'), 201);
    return visitor;
  };
  const identifiedAs = async (creditCode: string): Promise<HttpClient> => {
    const visitor = await walkIn();
    await expectStatus('ask', visitor.post('/api/enterprises/identification-codes', { creditCode }), 200);
    const code = String(lastIdentificationCode(sent)?.params['code']);
    const { proof } = await expectStatus<{ proof: string }>(
      'verify',
      visitor.post('/api/enterprises/identification-codes/verify', { creditCode, code }),
      200,
    );
    await expectStatus('identify', visitor.post('/api/kiosk/sessions/identify', { proof }), 200);
    return visitor;
  };

  beforeAll(async () => {
    // 2 December 2026, 09:00 in China.
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    vi.spyOn(server.app.get(OutboundMessages), 'send').mockImplementation((message) => {
      sent.push(message);
      return Promise.resolve();
    });
    const device = DEMO_KIOSK_DEVICES[0];
    if (device === undefined) throw new Error('no demo kiosk');
    kiosk = new HttpClient(server.baseUrl);
    await expectStatus(
      'provision the kiosk',
      kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
  });
  afterAll(() => server.close());

  it('shows the identified enterprise its records with status and repair date, never the evidence reference', async () => {
    const visitor = await identifiedAs(KANGYUAN);
    const answer = await visitor.get<MyIntegrityFile>(MINE);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      creditCode: KANGYUAN,
      enterpriseName: '宁波鄞州康源生物科技有限公司',
      asOf: '2026-12-02',
      records: [
        {
          documentNumber: '甬鄞市监罚〔演示〕102号',
          kind: 'administrative-penalty',
          polarity: 'negative',
          severity: 'general',
          issuingAuthority: '宁波市鄞州区市场监督管理局',
          decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
          legalBasis: '《中华人民共和国广告法》第五十五条',
          penaltyCategory: '罚款',
          penaltyContent: '责令停止发布违法广告，并处广告费用三倍罚款计人民币六万元',
          disclosureStatus: 'repairable',
          withdrawnOn: null,
          repairedOn: null,
          publicUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
          repairableFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
          publicationEndedOn: null,
        },
      ],
    });
    expect(JSON.stringify(answer.body)).not.toContain('演示案卷');
    expect(answer.body.records[0]?.repairableFrom ?? '9999-12-31').toMatch(/^2026-\d{2}-\d{2}$/u);
    expect((answer.body.records[0]?.repairableFrom ?? '9999-12-31') <= '2026-12-02').toBe(true);
  });

  it('gives each enterprise its own file only: a minor record unpublished, a praise without periods', async () => {
    const visitor = await identifiedAs(YUEHU);
    const file = await expectStatus<MyIntegrityFile>('mine', visitor.get(MINE), 200);
    expect(file.creditCode).toBe(YUEHU);
    expect(file.records.map((r) => [r.documentNumber, r.disclosureStatus, r.publicUntil])).toEqual([
      ['甬海市监罚〔演示〕104号', 'unpublished', null],
      ['甬海发改〔演示〕109号', null, null],
    ]);
    expect(file.records.find((r) => r.kind === 'praise')?.repairableFrom).toBeNull();
    // The credit code in a query is not how the kiosk picks the file: it is ignored.
    const other = await expectStatus<MyIntegrityFile>(
      'mine',
      visitor.get(`${MINE}?creditCode=${KANGYUAN}`),
      200,
    );
    expect(other.creditCode).toBe(YUEHU);
  });

  it('refuses an unidentified walk-in and staff with 403, anonymous callers with 401', async () => {
    const visitor = await walkIn();
    expect((await visitor.get(MINE)).status).toBe(403);
    const officer = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      officer.post('/api/auth/login', { username: 'credit.zhao', password: DEMO_PASSWORD }),
      200,
    );
    expect((await officer.get(MINE)).status).toBe(403);
    expect((await new HttpClient(server.baseUrl).get(MINE)).status).toBe(401);
  });
});
