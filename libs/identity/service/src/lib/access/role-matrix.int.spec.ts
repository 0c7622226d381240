import type { ActorRole } from '@qinqing/identity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../../test-setup/browser';
import { type IdentityTestApp, startIdentityTestApp, testBackends } from '../../test-setup/identity-test-app';
import { DEMO_PASSWORD } from '../demo-data/identity-demo-data';

type Caller = Exclude<ActorRole, 'system'> | 'anonymous';

const CALLERS: readonly Caller[] = [
  'anonymous',
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
  'kiosk-device',
  'kiosk-enterprise',
];

const STAFF: readonly Caller[] = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
  'credit-officer',
  'party-building-staff',
];
const EVERYONE_SIGNED_IN: readonly Caller[] = [...STAFF, 'kiosk-device', 'kiosk-enterprise'];

interface Endpoint {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  /** Callers the guard lets through; every other one is refused. 'public' lets everyone through. */
  readonly allowed: readonly Caller[] | 'public';
  readonly body?: unknown;
}

/**
 * Every endpoint of the identity module × every role. Bodies are left empty or target nothing that
 * exists: an allowed call then fails validation (400) or finds nothing (404), which proves the guard
 * let it through without changing anything.
 */
const ENDPOINTS: readonly Endpoint[] = [
  { method: 'POST', path: '/api/auth/login', allowed: 'public', body: {} },
  { method: 'POST', path: '/api/auth/logout', allowed: 'public' },
  { method: 'GET', path: '/api/auth/me', allowed: EVERYONE_SIGNED_IN },
  { method: 'POST', path: '/api/auth/password', allowed: STAFF, body: {} },
  { method: 'POST', path: '/api/kiosk/device-session', allowed: 'public', body: {} },
  { method: 'POST', path: '/api/kiosk/sessions', allowed: ['kiosk-device', 'kiosk-enterprise'] },
  { method: 'POST', path: '/api/kiosk/sessions/identify', allowed: ['kiosk-enterprise'], body: {} },
  { method: 'DELETE', path: '/api/kiosk/sessions/current', allowed: ['kiosk-device', 'kiosk-enterprise'] },
  { method: 'GET', path: '/api/organisation-units', allowed: EVERYONE_SIGNED_IN },
  { method: 'GET', path: '/api/admin/staff-accounts', allowed: ['administrator'] },
  { method: 'POST', path: '/api/admin/staff-accounts', allowed: ['administrator'], body: {} },
  {
    method: 'POST',
    path: '/api/admin/staff-accounts/nobody.here/password',
    allowed: ['administrator'],
    body: {},
  },
  { method: 'POST', path: '/api/admin/staff-accounts/nobody.here/unlock', allowed: ['administrator'] },
  {
    method: 'POST',
    path: '/api/admin/staff-accounts/nobody.here/disable',
    allowed: ['administrator'],
    body: {},
  },
  { method: 'GET', path: '/api/admin/kiosk-devices', allowed: ['administrator'] },
  { method: 'POST', path: '/api/admin/kiosk-devices', allowed: ['administrator'], body: {} },
  {
    method: 'POST',
    path: '/api/admin/kiosk-devices/kiosk-nowhere-99/revoke',
    allowed: ['administrator'],
    body: {},
  },
  { method: 'POST', path: '/api/admin/organisation-units', allowed: ['administrator'], body: {} },
];

const STAFF_USERNAMES: Record<string, string> = {
  'service-staff': 'staff.wang',
  'department-handler': 'handler.li',
  supervisor: 'supervisor.chen',
  administrator: 'admin',
  // The demo data has none of these: the administrator makes them before the matrix runs.
  'leading-official': 'matrix.official',
  'discipline-inspector': 'matrix.inspector',
  'credit-officer': 'credit.zhao',
  'party-building-staff': 'party.lin',
};
const MADE_FOR_THE_MATRIX = [
  { username: 'matrix.official', role: 'leading-official' },
  { username: 'matrix.inspector', role: 'discipline-inspector' },
] as const;

const MATRIX_PASSWORD = 'Matrix!2026-roles';
const MADE: Readonly<Record<string, true>> = { 'leading-official': true, 'discipline-inspector': true };

const cases = ENDPOINTS.flatMap((endpoint) =>
  CALLERS.map((caller) => ({
    ...endpoint,
    caller,
    expected: endpoint.allowed === 'public' || endpoint.allowed.includes(caller) ? 'allowed' : 'refused',
  })),
);

// Who may call what does not depend on the store (the store suites run on both): the embedded one is enough.
describe.each(testBackends(null))('identity role matrix on $name', (backend) => {
  let t: IdentityTestApp;

  /** Fresh credentials for every call, so one call (a logout, the end of a walk-in) cannot affect another. */
  const signIn = async (caller: Caller): Promise<Browser> => {
    const browser = new Browser(t.base);
    if (caller === 'anonymous') return browser;
    if (caller === 'kiosk-device' || caller === 'kiosk-enterprise') {
      await browser.post('/api/kiosk/device-session', {
        credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026',
      });
      if (caller === 'kiosk-enterprise') await browser.post('/api/kiosk/sessions');
    } else {
      const password = caller in MADE ? MATRIX_PASSWORD : DEMO_PASSWORD;
      await browser.post('/api/auth/login', { username: STAFF_USERNAMES[caller], password });
    }
    expect((await browser.get('/api/auth/me')).body).toMatchObject({ role: { id: caller } });
    return browser;
  };

  beforeAll(async () => {
    t = await startIdentityTestApp(backend, { demoData: true });
    const admin = new Browser(t.base);
    await admin.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD });
    for (const account of MADE_FOR_THE_MATRIX) {
      const made = await admin.post('/api/admin/staff-accounts', {
        ...account,
        displayName: '矩阵测试',
        password: MATRIX_PASSWORD,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('covers every route the module serves', () => {
    const served = new Set(
      ENDPOINTS.map((e) => `${e.method} ${e.path.replace(/nobody\.here|kiosk-nowhere-99/u, ':param')}`),
    );
    expect(served.size).toBe(ENDPOINTS.length);
    expect(ENDPOINTS).toHaveLength(18);
  });

  it.each(cases)('$method $path as $caller: $expected', async ({ method, path, body, caller, expected }) => {
    const browser = await signIn(caller);
    const answer = await browser.send(method, path, body);
    if (expected === 'allowed') {
      expect([401, 403]).not.toContain(answer.status);
      expect(answer.status).toBeLessThan(500);
    } else if (caller === 'anonymous') {
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'authentication-required' });
    } else {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        error: 'role-not-allowed',
        message: { zh: expect.any(String), en: expect.any(String) },
      });
    }
  });
});
