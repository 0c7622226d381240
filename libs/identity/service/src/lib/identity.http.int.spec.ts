import { type CommandHandler, type CommandMetadata, type EventStore } from '@qinqing/shared/event-sourcing';
import { staffAccountDecider, staffAccountStreamId } from '@qinqing/identity/domain';
import { COMMAND_HANDLER, EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../test-setup/browser';
import { type IdentityTestApp, startIdentityTestApp, testBackends } from '../test-setup/identity-test-app';
import { DEMO_PASSWORD, DEMO_STAFF_ACCOUNTS } from './demo-data/identity-demo-data';
import { IdentityDemoDataSeeder } from './demo-data/identity-demo-data.seeder';
import { DEFAULT_LOGIN_THROTTLE } from './identity.options';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { WalkInProofSigner } from './walk-in-proof/walk-in-proof';

const bilingual = { zh: expect.any(String), en: expect.any(String) };

/** Short waits so the growing delays can be watched within a test. */
const THROTTLE = {
  ...DEFAULT_LOGIN_THROTTLE,
  // Long enough that a loaded machine still sends the next try within it; short enough to wait out once.
  firstDelaySeconds: 4,
  maxDelaySeconds: 60,
  failuresPerClientPerHour: 25,
};
const IDENTIFICATION_PER_DEVICE = 10;
/** The walk-in proof key (the gateway uses the identity-token secret it shares with the services). */
const PROOF_KEY = 'a shared walk-in proof key of 32+ bytes';

// The store-specific parts (sessions, throttling, the read models) have suites of their own on both stores; the
// HTTP behaviour does not depend on the store: the embedded one is enough.
describe.each(testBackends(null))('identity over HTTP on $name', (backend) => {
  let t: IdentityTestApp;
  let admin: Browser;

  const logIn = async (username: string, password = DEMO_PASSWORD): Promise<Browser> => {
    const browser = new Browser(t.base);
    const answer = await browser.post('/api/auth/login', { username, password });
    expect(answer.status).toBe(200);
    return browser;
  };

  /** The proof liaison signs once the code sent to the enterprise's phone came back, for this walk-in's session. */
  const proofFor = async (
    walkIn: Browser,
    enterprise: { creditCode: string; contactPhone: string },
    signer = t.app.get(WalkInProofSigner),
  ): Promise<string> => {
    const me = await walkIn.get('/api/auth/me');
    const actor = (me.body as { actor: { sessionId: string; deviceId: string } }).actor;
    return signer.sign({ ...enterprise, sessionId: actor.sessionId, deviceId: actor.deviceId });
  };

  let accounts = 0;
  /** A fresh department handler for tests that lock, disable or reset it. */
  const createHandler = async (): Promise<string> => {
    const username = `handler.t${++accounts}`;
    const created = await admin.post('/api/admin/staff-accounts', {
      username,
      displayName: `测试经办人${accounts}`,
      role: 'department-handler',
      departmentId: 'dept-taxation',
      password: 'Initial-pass-1',
    });
    expect(created.status).toBe(201);
    return username;
  };

  beforeAll(async () => {
    t = await startIdentityTestApp(backend, {
      demoData: true,
      loginThrottle: THROTTLE,
      deviceCredentialThrottle: THROTTLE,
      identification: {
        perDevice: { points: IDENTIFICATION_PER_DEVICE, minutes: 10 },
        perAddress: { points: 100, minutes: 10 },
      },
      walkInProofSecrets: [PROOF_KEY],
    });
    admin = await logIn('admin');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('staff login', () => {
    it('signs a demo account in with an HttpOnly, SameSite=Strict session cookie on /api', async () => {
      const browser = new Browser(t.base);
      const answer = await browser.post('/api/auth/login', {
        username: 'staff.wang',
        password: DEMO_PASSWORD,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body).toMatchObject({
        actor: { kind: 'staff', role: 'service-staff', displayName: '王芳', centreId: 'centre-haishu' },
        session: { idleExpiresAt: expect.any(String), absoluteExpiresAt: expect.any(String) },
      });
      const [cookie] = answer.setCookies;
      expect(cookie).toMatch(/^qq_staff_session=[A-Za-z0-9_-]{43};/u);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/api');
      expect(cookie).not.toContain('Secure');
      // A browser-session cookie: a shared office computer forgets it when the browser closes.
      expect(cookie).not.toMatch(/Max-Age|Expires/iu);
    });

    it('accepts the username in any case and with full-width letters', async () => {
      const browser = new Browser(t.base);
      const answer = await browser.post('/api/auth/login', {
        username: ' ＡＤＭＩＮ ',
        password: DEMO_PASSWORD,
      });
      expect(answer.status).toBe(200);
    });

    it('answers a wrong password and an unknown username the same way', async () => {
      const browser = new Browser(t.base);
      const wrongPassword = await browser.post('/api/auth/login', {
        username: 'supervisor.chen',
        password: 'nope',
      });
      const unknownUser = await browser.post('/api/auth/login', {
        username: 'nobody.here',
        password: 'nope',
      });
      const malformedUser = await browser.post('/api/auth/login', { username: '王五', password: 'nope' });
      for (const answer of [wrongPassword, unknownUser, malformedUser]) {
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({
          error: 'invalid-credentials',
          message: { zh: '用户名或密码错误', en: 'Wrong username or password' },
        });
        expect(answer.setCookies).toEqual([]);
      }
    });

    it('answers a malformed body with a bilingual 400', async () => {
      const answer = await new Browser(t.base).post('/api/auth/login', { username: 'admin' });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'validation-failed', message: bilingual });
    });

    it('tells who is signed in, with role and unit names', async () => {
      const handler = await logIn('handler.li');
      const me = await handler.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        actor: { kind: 'staff', role: 'department-handler', departmentId: 'dept-market-regulation' },
        role: { id: 'department-handler', label: { zh: '职能部门经办人', en: 'department handler' } },
        username: 'handler.li',
        department: {
          unitId: 'dept-market-regulation',
          name: { zh: '市场监管局', en: 'Market Regulation Bureau' },
        },
        centre: null,
      });
      const staff = await (await logIn('staff.wang')).get('/api/auth/me');
      expect(staff.body).toMatchObject({ centre: { unitId: 'centre-haishu', kind: 'centre' } });
    });

    it('answers /me without a session with a bilingual 401', async () => {
      const answer = await new Browser(t.base).get('/api/auth/me');
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'authentication-required', message: { zh: '请先登录' } });
    });

    it('logs out: the session ends server-side and the cookie is cleared', async () => {
      const browser = await logIn('supervisor.chen');
      const stolen = new Browser(t.base);
      stolen.cookies.set('qq_staff_session', browser.cookies.get('qq_staff_session') ?? '');
      const out = await browser.post('/api/auth/logout');
      expect(out.status).toBe(204);
      expect(out.setCookies[0]).toMatch(/^qq_staff_session=;.*Expires=Thu, 01 Jan 1970/u);
      expect(browser.cookies.has('qq_staff_session')).toBe(false);
      const replayed = await stolen.get('/api/auth/me');
      expect(replayed.status).toBe(401);
      expect(replayed.body).toMatchObject({ error: 'session-ended', message: bilingual });
    });

    it('ends the previous session of the browser at a new login', async () => {
      const browser = await logIn('supervisor.chen');
      const first = browser.cookies.get('qq_staff_session') ?? '';
      await browser.post('/api/auth/login', { username: 'supervisor.chen', password: DEMO_PASSWORD });
      const old = new Browser(t.base);
      old.cookies.set('qq_staff_session', first);
      expect((await old.get('/api/auth/me')).status).toBe(401);
      expect((await browser.get('/api/auth/me')).status).toBe(200);
    });

    it('refuses a state-changing request from another site, even a login', async () => {
      const elsewhere = new Browser(t.base, 'https://evil.example');
      const answer = await elsewhere.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'cross-origin-refused', message: bilingual });
      const noOrigin = new Browser(t.base, null);
      expect(
        (await noOrigin.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD })).status,
      ).toBe(200);
    });
  });

  describe('login throttling (no lockout)', () => {
    /** A client elsewhere on the network: its own loopback source address. */
    const from = (address: string) => new Browser(t.base, t.base, address);
    const wrong = (browser: Browser, username: string, n: number) =>
      browser.post('/api/auth/login', { username, password: `guess-${n}` });
    const withoutCorrelation = (body: Record<string, unknown>) => {
      const { correlationId: _correlationId, ...rest } = body;
      return rest;
    };

    it('slows one client with growing waits, refuses even the right password meanwhile, and never locks the account', async () => {
      const username = await createHandler();
      const victim = await logIn(username, 'Initial-pass-1');
      const attacker = from('127.0.0.2');
      for (let n = 1; n <= THROTTLE.freeFailures; n++)
        expect((await wrong(attacker, username, n)).status).toBe(401);
      // The first failure past the free ones earns a wait; while it lasts every answer is 429 — the right
      // password too, so a guesser never learns that he guessed right.
      expect((await wrong(attacker, username, 6)).status).toBe(401);
      const held = await attacker.post('/api/auth/login', { username, password: 'Initial-pass-1' });
      expect(held.status).toBe(429);
      expect(held.body).toMatchObject({
        error: 'login-throttled',
        message: { zh: expect.stringContaining('秒后再试'), en: expect.stringContaining('try again in') },
        retryAfterSeconds: expect.any(Number),
      });
      expect(Number(held.headers.get('retry-after'))).toBeLessThanOrEqual(THROTTLE.firstDelaySeconds);
      expect(held.setCookies).toEqual([]);

      // The next failure after the wait earns twice the wait.
      await new Promise((resolve) => setTimeout(resolve, THROTTLE.firstDelaySeconds * 1000 + 100));
      expect((await wrong(attacker, username, 7)).status).toBe(401);
      const longer = await wrong(attacker, username, 8);
      expect(longer.status).toBe(429);
      expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(THROTTLE.firstDelaySeconds);

      // The account was never locked: its open session lives on, and it signs in from its own machine.
      expect((await victim.get('/api/auth/me')).status).toBe(200);
      expect(
        (await new Browser(t.base).post('/api/auth/login', { username, password: 'Initial-pass-1' })).status,
      ).toBe(200);
      const list = await admin.get('/api/admin/staff-accounts');
      expect(list.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ username, status: 'active' })]),
      );
      // Every failure is in the audit trail; no lock is.
      const history = await t.app.get<EventStore>(EVENT_STORE).readStream(staffAccountStreamId(username));
      expect(history.map((e) => e.type)).not.toContain('StaffAccountLocked');
      expect(history.filter((e) => e.type === 'StaffLoginFailed')).toHaveLength(7);
    });

    it('answers an unknown username exactly as a known one, throttling included', async () => {
      const known = await createHandler();
      const answersFor = async (username: string, address: string) => {
        const browser = from(address);
        const answers = [];
        for (let n = 1; n <= THROTTLE.freeFailures + 2; n++) answers.push(await wrong(browser, username, n));
        return answers.map((a) => ({
          status: a.status,
          body: withoutCorrelation(a.body),
          retry: a.headers.has('retry-after'),
        }));
      };
      const knownAnswers = await answersFor(known, '127.0.0.3');
      const unknownAnswers = await answersFor('no.such.person', '127.0.0.4');
      expect(unknownAnswers).toEqual(knownAnswers);
      expect(knownAnswers.at(-1)).toMatchObject({ status: 429, retry: true });
    });

    it('an administrator clears the waits of an account from every address', async () => {
      const username = await createHandler();
      const person = from('127.0.0.5');
      for (let n = 1; n <= THROTTLE.freeFailures + 1; n++) await wrong(person, username, n);
      expect((await person.post('/api/auth/login', { username, password: 'Initial-pass-1' })).status).toBe(
        429,
      );
      expect((await admin.post(`/api/admin/staff-accounts/${username}/unlock`)).status).toBe(204);
      expect((await person.post('/api/auth/login', { username, password: 'Initial-pass-1' })).status).toBe(
        200,
      );
    });

    it('a success resets the count', async () => {
      const username = await createHandler();
      const browser = from('127.0.0.6');
      for (let n = 1; n <= THROTTLE.freeFailures; n++)
        expect((await wrong(browser, username, n)).status).toBe(401);
      expect((await browser.post('/api/auth/login', { username, password: 'Initial-pass-1' })).status).toBe(
        200,
      );
      for (let n = 1; n <= THROTTLE.freeFailures + 1; n++)
        expect((await wrong(browser, username, n)).status).toBe(401);
    });

    it('caps the failures of one address across usernames, and only that address', async () => {
      const spray = from('127.0.0.7');
      for (let n = 1; n <= THROTTLE.failuresPerClientPerHour; n++) {
        expect((await wrong(spray, `sprayed.user${n}`, n)).status).toBe(401);
      }
      const refused = await spray.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50 * 60);
      expect(
        (await from('127.0.0.8').post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }))
          .status,
      ).toBe(200);
    });
  });

  describe('kiosk credentials and identification', () => {
    const from = (address: string) => new Browser(t.base, t.base, address);

    it('throttles wrong device credentials like passwords, whether or not the device exists', async () => {
      const kiosk = from('127.0.0.10');
      const stranger = from('127.0.0.11');
      const tries = async (browser: Browser, credential: string) => {
        const statuses = [];
        for (let n = 0; n < THROTTLE.freeFailures + 2; n++) {
          statuses.push(
            (await browser.post('/api/kiosk/device-session', { credential: `${credential}${n}` })).status,
          );
        }
        return statuses;
      };
      const known = await tries(kiosk, 'kiosk-haishu-01.wrong-secret-');
      expect(known.slice(0, THROTTLE.freeFailures + 1)).toEqual(Array(THROTTLE.freeFailures + 1).fill(401));
      expect(known.at(-1)).toBe(429);
      expect(await tries(stranger, 'kiosk-nowhere-99.wrong-secret-')).toEqual(known);
      // The real credential is refused too while this address waits…
      const held = await kiosk.post('/api/kiosk/device-session', {
        credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026',
      });
      expect(held.status).toBe(429);
      expect(held.body).toMatchObject({ error: 'device-credential-throttled', message: bilingual });
      // …and accepted from the kiosk's own address.
      expect(
        (
          await from('127.0.0.12').post('/api/kiosk/device-session', {
            credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026',
          })
        ).status,
      ).toBe(200);
    });

    it('limits identifications per kiosk device, however many walk-in sessions it opens', async () => {
      const device = from('127.0.0.13');
      expect(
        (
          await device.post('/api/kiosk/device-session', {
            credential: 'kiosk-yinzhou-01.demo-kiosk-yinzhou-2026',
          })
        ).status,
      ).toBe(200);
      const identify = async (n: number) => {
        // A new walk-in session for every try: sessions cost nothing, so they are not what is counted.
        expect((await device.post('/api/kiosk/sessions')).status).toBe(201);
        const enterprise = {
          creditCode: '91330203MA2H5K7P7A',
          contactPhone: `1380574${String(n).padStart(4, '0')}`,
        };
        return device.post('/api/kiosk/sessions/identify', { proof: await proofFor(device, enterprise) });
      };
      for (let n = 0; n < IDENTIFICATION_PER_DEVICE; n++) expect((await identify(n)).status).toBe(200);
      const refused = await identify(IDENTIFICATION_PER_DEVICE);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: 'rate-limited', message: bilingual });
      expect(refused.headers.get('retry-after')).not.toBeNull();
    });
  });

  describe('administration', () => {
    it('a new account can sign in as soon as it is created, and is listed', async () => {
      const created = await admin.post('/api/admin/staff-accounts', {
        username: 'Staff.Zhou',
        displayName: '周敏',
        role: 'service-staff',
        centreId: 'centre-yinzhou',
        password: 'Welcome-2026',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ username: 'staff.zhou', role: 'service-staff', status: 'active' });
      expect(JSON.stringify(created.body)).not.toContain('argon2');
      expect(
        (
          await new Browser(t.base).post('/api/auth/login', {
            username: 'staff.zhou',
            password: 'Welcome-2026',
          })
        ).status,
      ).toBe(200);
      const list = await admin.get('/api/admin/staff-accounts');
      expect(list.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ username: 'staff.zhou' })]),
      );
      expect(JSON.stringify(list.body)).not.toContain('argon2');
    });

    it('refuses a taken username, an unknown department and a short password, naming the field', async () => {
      const taken = await admin.post('/api/admin/staff-accounts', {
        username: 'admin',
        displayName: 'x',
        role: 'supervisor',
        password: 'long-enough-1',
      });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ error: 'username-taken', field: 'username', message: bilingual });
      const noDepartment = await admin.post('/api/admin/staff-accounts', {
        username: 'handler.nowhere',
        displayName: 'x',
        role: 'department-handler',
        departmentId: 'dept-does-not-exist',
        password: 'long-enough-1',
      });
      expect(noDepartment.status).toBe(400);
      expect(noDepartment.body).toMatchObject({ error: 'unknown-department', field: 'departmentId' });
      const short = await admin.post('/api/admin/staff-accounts', {
        username: 'handler.short',
        displayName: 'x',
        role: 'supervisor',
        password: 'short',
      });
      expect(short.status).toBe(400);
      expect(short.body).toMatchObject({
        fields: [
          { field: 'password', message: { zh: '密码至少8位', en: 'A password has at least 8 characters' } },
        ],
      });
    });

    it('a unit created by an administrator can be used at once', async () => {
      const unit = await admin.post('/api/admin/organisation-units', {
        unitId: 'dept-ecology-environment',
        kind: 'department',
        name: { zh: '生态环境局', en: 'Ecology and Environment Bureau' },
      });
      expect(unit.status).toBe(201);
      const handler = await admin.post('/api/admin/staff-accounts', {
        username: 'handler.sun',
        displayName: '孙悦',
        role: 'department-handler',
        departmentId: 'dept-ecology-environment',
        password: 'Welcome-2026',
      });
      expect(handler.status).toBe(201);
      const departments = await (await logIn('handler.li')).get('/api/organisation-units?kind=department');
      expect(departments.status).toBe(200);
      expect((departments.body as unknown as { unitId: string }[]).map((u) => u.unitId)).toEqual(
        expect.arrayContaining([
          'dept-development-reform',
          'dept-market-regulation',
          'dept-human-resources',
          'dept-natural-resources',
          'dept-taxation',
          'dept-justice',
          'dept-finance-office',
          'dept-ecology-environment',
        ]),
      );
      const again = await admin.post('/api/admin/organisation-units', {
        unitId: 'dept-ecology-environment',
        kind: 'department',
        name: { zh: '生态环境局', en: 'Ecology and Environment Bureau' },
      });
      expect(again.status).toBe(409);
    });

    it('sets a centre hotline the kiosk receipt prints; refuses one that is not a number, naming the field', async () => {
      const set = await admin.put('/api/admin/organisation-units/centre-yinzhou/hotline', {
        hotline: '0574-8718 0000',
      });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ unitId: 'centre-yinzhou', hotline: '0574-8718 0000' });
      const kiosk = new Browser(t.base);
      await kiosk.post('/api/kiosk/device-session', {
        credential: 'kiosk-yinzhou-01.demo-kiosk-yinzhou-2026',
      });
      expect((await kiosk.get('/api/auth/me')).body).toMatchObject({
        centre: { unitId: 'centre-yinzhou', hotline: '0574-8718 0000' },
      });
      const bad = await admin.put('/api/admin/organisation-units/centre-yinzhou/hotline', {
        hotline: 'call us',
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({
        field: 'hotline',
        message: { zh: expect.stringContaining('服务电话') },
      });
      expect(
        (await admin.put('/api/admin/organisation-units/centre-nowhere/hotline', { hotline: '12345' }))
          .status,
      ).toBe(404);
      expect(
        (
          await (
            await logIn('handler.li')
          ).put('/api/admin/organisation-units/centre-yinzhou/hotline', { hotline: '1' })
        ).status,
      ).toBe(403);
    });

    it('resets a password: the old one stops working and open sessions end', async () => {
      const username = await createHandler();
      const before = await logIn(username, 'Initial-pass-1');
      const reset = await admin.post(`/api/admin/staff-accounts/${username}/password`, {
        newPassword: 'Reset-pass-2',
      });
      expect(reset.status).toBe(204);
      expect((await before.get('/api/auth/me')).status).toBe(401);
      expect(
        (await new Browser(t.base).post('/api/auth/login', { username, password: 'Initial-pass-1' })).status,
      ).toBe(401);
      await logIn(username, 'Reset-pass-2');
    });

    it('disables an account: its sessions end and even the right password is refused', async () => {
      const username = await createHandler();
      const before = await logIn(username, 'Initial-pass-1');
      expect(
        (await admin.post(`/api/admin/staff-accounts/${username}/disable`, { reason: '调离' })).status,
      ).toBe(204);
      expect((await before.get('/api/auth/me')).status).toBe(401);
      const right = await new Browser(t.base).post('/api/auth/login', {
        username,
        password: 'Initial-pass-1',
      });
      expect(right.status).toBe(403);
      expect(right.body).toMatchObject({ error: 'account-disabled', message: bilingual });
      const wrong = await new Browser(t.base).post('/api/auth/login', {
        username,
        password: 'wrong-password',
      });
      expect(wrong.status).toBe(401);
    });

    it('an administrator cannot disable their own account', async () => {
      const answer = await admin.post('/api/admin/staff-accounts/admin/disable', {});
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: 'cannot-disable-self' });
    });

    it('answers 404 for an account that does not exist', async () => {
      expect((await admin.post('/api/admin/staff-accounts/nobody.here/unlock')).status).toBe(404);
      expect((await admin.post('/api/admin/staff-accounts/%E7%8E%8B/unlock')).status).toBe(404);
    });

    it('ends sessions of a disabled account even when only the event reached the store', async () => {
      // The durable path: the read-model projection ends the sessions, should the process have stopped
      // between the append and the handler's own call.
      const username = await createHandler();
      const browser = await logIn(username, 'Initial-pass-1');
      const commands = t.app.get<CommandHandler>(COMMAND_HANDLER);
      const metadata: CommandMetadata = {
        correlationId: 'test-durable-revocation',
        causationId: null,
        actor: { id: 'someone-else', role: 'administrator' },
      };
      await commands.handle(
        staffAccountDecider(),
        staffAccountStreamId(username),
        { type: 'DisableStaffAccount', disabledBy: 'someone-else', reason: '' },
        metadata,
      );
      await t.app.get(EventSourcingHost).settle();
      expect((await browser.get('/api/auth/me')).status).toBe(401);
    });
  });

  describe('own password', () => {
    it('changes it after proving the current one; every session ends', async () => {
      const username = await createHandler();
      const browser = await logIn(username, 'Initial-pass-1');
      const other = await logIn(username, 'Initial-pass-1');
      const wrong = await browser.post('/api/auth/password', {
        currentPassword: 'nope',
        newPassword: 'Changed-pass-3',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body).toMatchObject({ error: 'wrong-current-password', field: 'currentPassword' });
      const changed = await browser.post('/api/auth/password', {
        currentPassword: 'Initial-pass-1',
        newPassword: 'Changed-pass-3',
      });
      expect(changed.status).toBe(204);
      expect((await browser.get('/api/auth/me')).status).toBe(401);
      expect((await other.get('/api/auth/me')).status).toBe(401);
      await logIn(username, 'Changed-pass-3');
    });
  });

  describe('kiosk', () => {
    const provision = async (credential = 'kiosk-haishu-01.demo-kiosk-haishu-2026'): Promise<Browser> => {
      const kiosk = new Browser(t.base);
      const answer = await kiosk.post('/api/kiosk/device-session', { credential });
      expect(answer.status).toBe(200);
      return kiosk;
    };

    it('provisions a kiosk with its credential as a long-lived HttpOnly device cookie', async () => {
      const kiosk = new Browser(t.base);
      const answer = await kiosk.post('/api/kiosk/device-session', {
        credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026',
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        actor: { kind: 'kiosk-device', deviceId: 'kiosk-haishu-01', centreId: 'centre-haishu' },
      });
      const [cookie] = answer.setCookies;
      expect(cookie).toMatch(/^qq_kiosk_device=/u);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain(`Max-Age=${365 * 24 * 3600}`);
      const me = await kiosk.get('/api/auth/me');
      expect(me.body).toMatchObject({ actor: { kind: 'kiosk-device' }, centre: { unitId: 'centre-haishu' } });
    });

    it('refuses a wrong secret and an unknown device alike', async () => {
      for (const credential of [
        'kiosk-haishu-01.wrong',
        'kiosk-nowhere-01.demo-kiosk-haishu-2026',
        'no-dot-at-all',
      ]) {
        const answer = await new Browser(t.base).post('/api/kiosk/device-session', { credential });
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({ error: 'invalid-device-credential', message: bilingual });
      }
    });

    it('opens an anonymous walk-in session, identifies the enterprise, then ends it', async () => {
      const kiosk = await provision();
      const started = await kiosk.post('/api/kiosk/sessions');
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({
        actor: {
          kind: 'kiosk-enterprise',
          deviceId: 'kiosk-haishu-01',
          centreId: 'centre-haishu',
          enterprise: null,
        },
      });
      const idleMs =
        Date.parse(String((started.body['session'] as { idleExpiresAt: string }).idleExpiresAt)) - Date.now();
      expect(idleMs).toBeGreaterThan(9 * 60_000);
      expect(idleMs).toBeLessThanOrEqual(10 * 60_000);
      expect(started.setCookies[0]).toMatch(/^qq_kiosk_walk_in=.*HttpOnly.*SameSite=Strict/u);
      expect((await kiosk.get('/api/auth/me')).body).toMatchObject({
        actor: { kind: 'kiosk-enterprise', enterprise: null },
        role: { id: 'kiosk-enterprise' },
      });

      const identified = await kiosk.post('/api/kiosk/sessions/identify', {
        proof: await proofFor(kiosk, { creditCode: '91350100M000100Y43', contactPhone: '13812345678' }),
      });
      expect(identified.status).toBe(200);
      expect(identified.body).toMatchObject({
        actor: { enterprise: { creditCode: '91350100M000100Y43', contactPhone: '138****5678' } },
      });
      const me = await kiosk.get('/api/auth/me');
      expect(me.body).toMatchObject({
        actor: {
          kind: 'kiosk-enterprise',
          enterprise: { creditCode: '91350100M000100Y43', contactPhone: '138****5678' },
        },
      });
      expect(JSON.stringify(me.body)).not.toContain('13812345678');

      expect((await kiosk.delete('/api/kiosk/sessions/current')).status).toBe(204);
      expect((await kiosk.get('/api/auth/me')).body).toMatchObject({ actor: { kind: 'kiosk-device' } });
    });

    it('believes an enterprise only from a proof signed for this walk-in, still fresh (400 naming the proof)', async () => {
      const kiosk = await provision();
      await kiosk.post('/api/kiosk/sessions');
      const enterprise = { creditCode: '91350100M000100Y43', contactPhone: '13812345678' };
      const refusedWith = async (body: unknown, error: string) => {
        const answer = await kiosk.post('/api/kiosk/sessions/identify', body);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ error, message: bilingual });
      };
      // The old test of credit code plus any phone number is gone: those fields are refused.
      await refusedWith(enterprise, 'validation-failed');
      const forged = new WalkInProofSigner(
        'another key of at least thirty-two bytes!',
        new ManualClock(new Date()),
      );
      await refusedWith({ proof: await proofFor(kiosk, enterprise, forged) }, 'invalid-proof');
      await refusedWith({ proof: 'not.a-proof' }, 'invalid-proof');
      const stale = new WalkInProofSigner(PROOF_KEY, new ManualClock(new Date(Date.now() - 3 * 60_000)));
      const elsewhere = await provision('kiosk-yinzhou-01.demo-kiosk-yinzhou-2026');
      await elsewhere.post('/api/kiosk/sessions');
      const own = await proofFor(kiosk, enterprise);
      const otherSession = await proofFor(elsewhere, enterprise);
      await refusedWith({ proof: otherSession }, 'proof-for-another-session');
      await refusedWith({ proof: await proofFor(kiosk, enterprise, stale) }, 'proof-expired');
      expect((await kiosk.get('/api/auth/me')).body).toMatchObject({ actor: { enterprise: null } });
      expect((await kiosk.post('/api/kiosk/sessions/identify', { proof: own })).status).toBe(200);
    });

    it('a new walk-in ends the previous visitor’s session', async () => {
      const kiosk = await provision();
      await kiosk.post('/api/kiosk/sessions');
      const proof = await proofFor(kiosk, { creditCode: '914403001922038216', contactPhone: '13912345678' });
      expect((await kiosk.post('/api/kiosk/sessions/identify', { proof })).status).toBe(200);
      const previous = kiosk.cookies.get('qq_kiosk_walk_in') ?? '';
      const next = await kiosk.post('/api/kiosk/sessions');
      expect(next.status).toBe(201);
      expect(next.body).toMatchObject({ actor: { enterprise: null } });
      const replay = new Browser(t.base);
      replay.cookies.set('qq_kiosk_device', kiosk.cookies.get('qq_kiosk_device') ?? '');
      replay.cookies.set('qq_kiosk_walk_in', previous);
      const answer = await replay.post('/api/kiosk/sessions/identify', { proof });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'session-ended' });
    });

    it('a walk-in cookie is worthless without its kiosk', async () => {
      const kiosk = await provision();
      await kiosk.post('/api/kiosk/sessions');
      const elsewhere = new Browser(t.base);
      elsewhere.cookies.set('qq_kiosk_walk_in', kiosk.cookies.get('qq_kiosk_walk_in') ?? '');
      expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
      const otherKiosk = await provision('kiosk-yinzhou-01.demo-kiosk-yinzhou-2026');
      otherKiosk.cookies.set('qq_kiosk_walk_in', kiosk.cookies.get('qq_kiosk_walk_in') ?? '');
      expect((await otherKiosk.get('/api/auth/me')).body).toMatchObject({
        actor: { kind: 'kiosk-device', deviceId: 'kiosk-yinzhou-01' },
      });
    });

    it('a staff cookie left in a kiosk browser does not make the walk-in staff', async () => {
      const kiosk = await provision();
      const staff = await logIn('admin');
      kiosk.cookies.set('qq_staff_session', staff.cookies.get('qq_staff_session') ?? '');
      expect((await kiosk.get('/api/auth/me')).body).toMatchObject({ actor: { kind: 'kiosk-device' } });
      expect((await kiosk.get('/api/admin/staff-accounts')).status).toBe(403);
    });

    it('registers a kiosk with a one-time credential and revokes it', async () => {
      const registered = await admin.post('/api/admin/kiosk-devices', {
        deviceId: 'kiosk-yinzhou-02',
        centreId: 'centre-yinzhou',
        label: '鄞州区亲清家园 2 号自助终端',
      });
      expect(registered.status).toBe(201);
      expect(registered.headers.get('cache-control')).toBe('no-store');
      const credential = String(registered.body['credential']);
      expect(credential).toMatch(/^kiosk-yinzhou-02\.[A-Za-z0-9_-]{43}$/u);
      const kiosk = await provision(credential);
      await kiosk.post('/api/kiosk/sessions');
      const list = await admin.get('/api/admin/kiosk-devices');
      expect(JSON.stringify(list.body)).not.toContain(credential.split('.')[1]);
      expect(list.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ deviceId: 'kiosk-yinzhou-02', revoked: false })]),
      );

      expect(
        (await admin.post('/api/admin/kiosk-devices/kiosk-yinzhou-02/revoke', { reason: '更换设备' })).status,
      ).toBe(204);
      const after = await kiosk.get('/api/auth/me');
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ error: 'session-ended' });
      expect((await new Browser(t.base).post('/api/kiosk/device-session', { credential })).status).toBe(401);
    });

    it('refuses a kiosk for a centre that does not exist', async () => {
      const answer = await admin.post('/api/admin/kiosk-devices', {
        deviceId: 'kiosk-nowhere-01',
        centreId: 'dept-taxation',
        label: 'x',
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'unknown-centre', field: 'centreId' });
    });
  });

  describe('demo data', () => {
    it('seeds one account per role, and seeding again creates nothing', async () => {
      const store = t.app.get<EventStore>(EVENT_STORE);
      const before = (await store.readAll({ limit: 10_000 })).length;
      expect(await t.app.get(IdentityDemoDataSeeder).seed()).toBe(0);
      expect((await store.readAll({ limit: 10_000 })).length).toBe(before);
      for (const account of DEMO_STAFF_ACCOUNTS) {
        const me = await (await logIn(account.username)).get('/api/auth/me');
        expect(me.body).toMatchObject({ actor: { id: account.accountId, role: account.role } });
      }
    });
  });
});
