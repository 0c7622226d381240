import { DEMO_KIOSK_DEVICES, demoKioskCredential, SESSION_COOKIES } from '@qinqing/identity/service';
import type { MyLiaisonView } from '@qinqing/liaison/contracts';
import { DEMO_DIRECTORY, OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const bilingual = { zh: expect.any(String), en: expect.any(String) };
const byName = (name: string) => {
  const found = DEMO_DIRECTORY.find((enterprise) => enterprise.details.name === name);
  if (found === undefined) throw new Error(`no demo enterprise ${name}`);
  return found;
};
/** Paired with official Zhou, two visits that raised problems; contact mobile 13805741234. */
const YONGCHUANG = byName('宁波海曙甬创智能制造有限公司');
/** In the directory with a contact mobile, no pairing. */
const YUEHU = byName('宁波月湖纺织品进出口有限公司');

/**
 * Identifying an enterprise at the kiosk, over HTTP in the one-process platform: the code goes to the phone the
 * directory holds (through the outbound-message port, watched here), comes back, earns a proof, and identity
 * makes the walk-in that enterprise; then 我的联系领导 shows its officials and visit problems. Refusals name the
 * field, codes are single-use, expire, and are limited per enterprise.
 */
describe('kiosk identification by a one-time code, and 我的联系领导', () => {
  let server: EmbeddedTestServer;
  const clock = new ManualClock(new Date());
  const sent: OutboundTextMessage[] = [];
  let kiosk: HttpClient;

  const walkIn = async (): Promise<HttpClient> => {
    const visitor = kiosk.clone([SESSION_COOKIES.kioskDevice]);
    await expectStatus('start a walk-in', visitor.post('/api/kiosk/sessions'), 201);
    return visitor;
  };
  const askCode = async (visitor: HttpClient, creditCode: string): Promise<string> => {
    await expectStatus(
      'ask a code',
      visitor.post('/api/enterprises/identification-codes', { creditCode }),
      200,
    );
    const message = lastIdentificationCode(sent);
    if (message === undefined) throw new Error('no message was sent');
    return String(message.params['code']);
  };
  const identify = async (visitor: HttpClient, creditCode: string, code: string) => {
    const { proof } = await expectStatus<{ proof: string }>(
      'verify the code',
      visitor.post('/api/enterprises/identification-codes/verify', { creditCode, code }),
      200,
    );
    return visitor.post('/api/kiosk/sessions/identify', { proof });
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock });
    const outbound = server.app.get(OutboundMessages);
    vi.spyOn(outbound, 'send').mockImplementation((message) => {
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
  });
  afterAll(() => server.close());

  it('texts a code to the directory’s phone, and the code typed back makes the walk-in that enterprise', async () => {
    const visitor = await walkIn();
    const asked = await visitor.post<Record<string, unknown>>('/api/enterprises/identification-codes', {
      creditCode: YONGCHUANG.creditCode.toLowerCase(),
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      creditCode: YONGCHUANG.creditCode,
      name: '宁波海曙甬创智能制造有限公司',
      sentTo: '138****1234',
      codeLength: 6,
    });
    expect(JSON.stringify(asked.body)).not.toContain('13805741234');
    const message = lastIdentificationCode(sent);
    expect(message).toMatchObject({ to: '13805741234', template: 'kiosk-identification-code' });
    const code = String(message?.params['code']);
    expect(code).toMatch(/^\d{6}$/u);

    expect((await visitor.get('/api/liaison/my-liaison')).status).toBe(403);
    const identified = await identify(visitor, YONGCHUANG.creditCode, code);
    expect(identified.status).toBe(200);
    expect(identified.body).toMatchObject({
      actor: { enterprise: { creditCode: YONGCHUANG.creditCode, contactPhone: '138****1234' } },
    });

    const mine = await expectStatus<MyLiaisonView>('my liaison', visitor.get('/api/liaison/my-liaison'), 200);
    expect(mine.enterprise).toEqual({
      creditCode: YONGCHUANG.creditCode,
      name: '宁波海曙甬创智能制造有限公司',
    });
    expect(mine.officials).toEqual([
      expect.objectContaining({ name: '周建国', unit: expect.objectContaining({ zh: expect.any(String) }) }),
    ]);
    expect(mine.problems.map((problem) => problem.title)).toEqual(['厂区用电增容', '数控技工招聘难']);
    for (const problem of mine.problems) expect(problem.state).not.toBe('');
    expect(JSON.stringify(mine)).not.toMatch(/1380574|participants|conduct/u);
  });

  it('a code works once, for the session it was sent for, and a wrong one says how many tries are left', async () => {
    const visitor = await walkIn();
    const code = await askCode(visitor, YUEHU.creditCode);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await visitor.post('/api/enterprises/identification-codes/verify', {
      creditCode: YUEHU.creditCode,
      code: wrong,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: 'wrong-code',
      field: 'code',
      message: { zh: expect.stringContaining('还可以再试4次'), en: expect.stringContaining('4 tries left') },
    });
    // Another walk-in (the next visitor at this kiosk) cannot use the code sent for this one.
    const other = await walkIn();
    const stolen = await other.post('/api/enterprises/identification-codes/verify', {
      creditCode: YUEHU.creditCode,
      code,
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body).toMatchObject({ error: 'code-expired', field: 'code', message: bilingual });
    expect((await identify(visitor, YUEHU.creditCode, code)).status).toBe(200);
    const again = await visitor.post('/api/enterprises/identification-codes/verify', {
      creditCode: YUEHU.creditCode,
      code,
    });
    expect(again.body).toMatchObject({ error: 'code-expired' });
    const mine = await expectStatus<MyLiaisonView>('my liaison', visitor.get('/api/liaison/my-liaison'), 200);
    expect(mine).toMatchObject({ officials: [], problems: [] });
  });

  it('five wrong tries void the code; a code lapses after five minutes', async () => {
    const visitor = await walkIn();
    const code = await askCode(visitor, YONGCHUANG.creditCode);
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0');
    for (let left = 4; left >= 0; left--) {
      const answer = await visitor.post('/api/enterprises/identification-codes/verify', {
        creditCode: YONGCHUANG.creditCode,
        code: wrong,
      });
      expect(answer.body).toMatchObject({ error: 'wrong-code' });
    }
    const voided = await visitor.post('/api/enterprises/identification-codes/verify', {
      creditCode: YONGCHUANG.creditCode,
      code,
    });
    expect(voided.body).toMatchObject({ error: 'code-expired' });

    const later = await walkIn();
    const fresh = await askCode(later, YUEHU.creditCode);
    clock.advanceMs(5 * 60_000 + 1_000);
    const lapsed = await later.post('/api/enterprises/identification-codes/verify', {
      creditCode: YUEHU.creditCode,
      code: fresh,
    });
    expect(lapsed.body).toMatchObject({ error: 'code-expired' });
  });

  it('refuses what cannot be sent or typed with a bilingual answer naming the field, never a 5xx', async () => {
    const visitor = await walkIn();
    const badCode = await visitor.post('/api/enterprises/identification-codes', {
      creditCode: '91330203MA2H5K7P7Z',
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body).toMatchObject({
      error: 'invalid-credit-code',
      field: 'creditCode',
      message: bilingual,
    });
    const unknown = await visitor.post('/api/enterprises/identification-codes', {
      creditCode: '91350100M000100Y43',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'enterprise-not-found', message: bilingual });
    const letters = await visitor.post('/api/enterprises/identification-codes/verify', {
      creditCode: YUEHU.creditCode,
      code: '12ab56',
    });
    expect(letters.status).toBe(400);
    expect(letters.body).toMatchObject({ error: 'invalid-code', field: 'code' });
    for (const junk of [{}, { creditCode: 7 }, { creditCode: 'x'.repeat(500) }, [], 'text']) {
      const answer = await visitor.post('/api/enterprises/identification-codes', junk);
      expect(answer.status).toBe(400);
    }
  });

  it('only a walk-in may ask or try a code; staff and strangers are turned away', async () => {
    const stranger = new HttpClient(server.baseUrl);
    const body = { creditCode: YUEHU.creditCode };
    expect((await stranger.post('/api/enterprises/identification-codes', body)).status).toBe(401);
    expect((await stranger.get('/api/liaison/my-liaison')).status).toBe(401);
    const staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'admin', password: 'Demo!2026' }),
      200,
    );
    expect((await staff.post('/api/enterprises/identification-codes', body)).status).toBe(403);
    expect((await staff.get('/api/liaison/my-liaison')).status).toBe(403);
    // A provisioned kiosk with no walk-in open may not either: codes belong to a visitor's session.
    expect((await kiosk.post('/api/enterprises/identification-codes', body)).status).toBe(403);
  });

  it('sends an enterprise at most three codes in ten minutes from one kiosk, which cannot lock it out of the others', async () => {
    const enterprise = DEMO_DIRECTORY.find(
      (e) => e.details.contactPhone !== undefined && e !== YONGCHUANG && e !== YUEHU,
    );
    const device = DEMO_KIOSK_DEVICES[1];
    if (enterprise === undefined || device === undefined)
      throw new Error('no third demo enterprise or kiosk');
    const secondKiosk = new HttpClient(server.baseUrl);
    await expectStatus(
      'provision a second kiosk',
      secondKiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
      200,
    );
    const visitorThere = async () => {
      const visitor = secondKiosk.clone([SESSION_COOKIES.kioskDevice]);
      await expectStatus('start a walk-in', visitor.post('/api/kiosk/sessions'), 201);
      return visitor;
    };
    for (let n = 0; n < 3; n++) await askCode(await visitorThere(), enterprise.creditCode);
    const refused = await (
      await visitorThere()
    ).post('/api/enterprises/identification-codes', { creditCode: enterprise.creditCode });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'rate-limited', message: bilingual });
    // The enterprise's own people, at another kiosk, still get their code.
    await askCode(await walkIn(), enterprise.creditCode);
  });

  it('the proof names the phone the code went to, even if the directory changes before it is typed back', async () => {
    const visitor = await walkIn();
    const code = await askCode(visitor, YONGCHUANG.creditCode);
    const admin = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      admin.post('/api/auth/login', { username: 'admin', password: 'Demo!2026' }),
      200,
    );
    await expectStatus(
      'a new contact phone',
      admin.patch(`/api/enterprises/${YONGCHUANG.creditCode}`, { contactPhone: '13900000001' }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
    const { proof } = await expectStatus<{ proof: string }>(
      'verify',
      visitor.post('/api/enterprises/identification-codes/verify', {
        creditCode: YONGCHUANG.creditCode,
        code,
      }),
      200,
    );
    const claims = JSON.parse(Buffer.from(proof.split('.')[0] ?? '', 'base64url').toString('utf8')) as {
      ph: string;
    };
    expect(claims.ph).toBe('13805741234');
  });
});
