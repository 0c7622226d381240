import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

/** Everyone who can call the API: no session, a kiosk, and each staff role (the demo accounts). */
const CALLERS = {
  anonymous: null,
  kiosk: null,
  serviceStaff: 'staff.wang',
  departmentHandler: 'handler.li',
  supervisor: 'supervisor.chen',
  administrator: 'admin',
  leadingOfficial: 'official.zhou',
  disciplineInspector: 'inspector.wu',
} as const;
type Caller = keyof typeof CALLERS;

interface Row {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  /** A body the guard lets through to validation: an allowed caller gets 400, nothing changes. */
  readonly body?: unknown;
  /** The callers let in, with the status each gets (200, or 400 for the empty body). */
  readonly allowed: Partial<Record<Caller, number>>;
}

const ZHOU = '01960000-0000-7000-8000-000000000101';
const UNIT = 'dept-market-regulation';

/** The officials/pairings/visits endpoints × every caller (with the demo data's pairings and visits). */
const MATRIX: readonly Row[] = [
  {
    method: 'GET',
    path: '/api/liaison/settings',
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200, disciplineInspector: 200 },
  },
  { method: 'PUT', path: '/api/liaison/settings', body: {}, allowed: { administrator: 400 } },
  { method: 'POST', path: '/api/liaison/officials', body: {}, allowed: { administrator: 400 } },
  { method: 'PUT', path: `/api/liaison/officials/${ZHOU}`, body: {}, allowed: { administrator: 400 } },
  { method: 'GET', path: '/api/liaison/officials', allowed: { administrator: 200, supervisor: 200 } },
  {
    method: 'GET',
    path: `/api/liaison/officials/${ZHOU}`,
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200 },
  },
  { method: 'POST', path: '/api/liaison/pairings', body: {}, allowed: { administrator: 400 } },
  {
    method: 'POST',
    path: '/api/liaison/pairings/demo-pairing-1/end',
    body: {},
    allowed: { administrator: 400 },
  },
  {
    method: 'GET',
    path: '/api/liaison/pairings',
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200 },
  },
  { method: 'POST', path: '/api/liaison/visits', body: {}, allowed: { leadingOfficial: 400 } },
  {
    method: 'GET',
    path: '/api/liaison/visits?pairingId=demo-pairing-1',
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200 },
  },
  {
    method: 'GET',
    path: '/api/liaison/visits/demo-visit-3',
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200, disciplineInspector: 200 },
  },
  { method: 'GET', path: '/api/liaison/conduct-breaches', allowed: { disciplineInspector: 200 } },
  {
    method: 'GET',
    path: `/api/liaison/compliance?unitId=${UNIT}`,
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200 },
  },
  {
    method: 'GET',
    path: `/api/liaison/compliance/reminders?unitId=${UNIT}`,
    allowed: { administrator: 200, supervisor: 200, leadingOfficial: 200 },
  },
];

describe('liaison officials, pairings and visits: role × endpoint', () => {
  let server: EmbeddedTestServer;
  const clients = new Map<Caller, HttpClient>();

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    clients.set('anonymous', new HttpClient(server.baseUrl));
    const kiosk = new HttpClient(server.baseUrl);
    await expectStatus(
      'kiosk',
      kiosk.post('/api/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
      200,
    );
    clients.set('kiosk', kiosk);
    for (const [caller, username] of Object.entries(CALLERS) as [Caller, string | null][]) {
      if (username === null) continue;
      const client = new HttpClient(server.baseUrl);
      await expectStatus(
        `log in ${username}`,
        client.post('/api/auth/login', { username, password: DEMO_PASSWORD }),
        200,
      );
      clients.set(caller, client);
    }
  }, 120_000);

  afterAll(() => server.close());

  it.each(MATRIX)('$method $path', async (row) => {
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of Object.keys(CALLERS) as Caller[]) {
      const client = clients.get(caller);
      if (client === undefined) throw new Error(`${caller} has no client`);
      const answer =
        row.method === 'GET'
          ? await client.get<{ error?: string }>(row.path)
          : row.method === 'POST'
            ? await client.post<{ error?: string }>(row.path, row.body)
            : await client.put<{ error?: string }>(row.path, row.body);
      outcomes[caller] =
        `${answer.status}${answer.status >= 400 && answer.status !== 400 ? ` ${answer.body.error ?? ''}` : ''}`;
      const allowed = row.allowed[caller];
      expected[caller] =
        allowed !== undefined
          ? String(allowed)
          : caller === 'anonymous'
            ? '401 authentication-required'
            : '403 role-not-allowed';
    }
    expect(outcomes).toEqual(expected);
  });

  /** Junk anyone might send: never a 5xx, and a 400 names what was wrong. */
  const JUNK: readonly unknown[] = [
    null,
    'text',
    42,
    [],
    [{}],
    { settings: null, reason: 7 },
    { accountId: '../../etc', name: 'x'.repeat(5000), unitId: {}, superiorAccountId: [] },
    { officialId: "x' OR 1=1 --", enterprise: 'abc', category: null, startDate: '9999-99-99' },
    {
      pairingId: 'p',
      date: 'yesterday',
      form: 'banquet',
      participants: 'all',
      learned: '',
      problems: [null],
      conduct: 'fine',
    },
    { problems: Array.from({ length: 50 }, () => ({ title: '一', description: '二' })) },
    { endDate: '2026-02-30', reason: '\u0000' },
  ];
  const WRITES: readonly {
    readonly method: 'POST' | 'PUT';
    readonly path: string;
    readonly caller: Caller;
  }[] = [
    { method: 'PUT', path: '/api/liaison/settings', caller: 'administrator' },
    { method: 'POST', path: '/api/liaison/officials', caller: 'administrator' },
    { method: 'PUT', path: `/api/liaison/officials/${ZHOU}`, caller: 'administrator' },
    { method: 'POST', path: '/api/liaison/pairings', caller: 'administrator' },
    { method: 'POST', path: '/api/liaison/pairings/demo-pairing-1/end', caller: 'administrator' },
    { method: 'POST', path: '/api/liaison/visits', caller: 'leadingOfficial' },
  ];

  it.each(WRITES)('$method $path answers junk with a 400, never a 5xx', async ({ method, path, caller }) => {
    const client = clients.get(caller);
    if (client === undefined) throw new Error(`${caller} has no client`);
    for (const body of JUNK) {
      const answer =
        method === 'POST'
          ? await client.post<{ error?: string }>(path, body)
          : await client.put<{ error?: string }>(path, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
  });

  it.each([
    '/api/liaison/officials/%27%3B%20DROP%20TABLE',
    '/api/liaison/visits/..%2F..%2Fx',
    '/api/liaison/visits?pairingId=%00',
    '/api/liaison/visits?pairingId=demo-pairing-1&limit=-1',
    '/api/liaison/pairings?officialId=a%20b',
    `/api/liaison/compliance?unitId=${'x'.repeat(500)}`,
    '/api/liaison/compliance?unitId=dept-taxation&year=1e9',
    '/api/liaison/officials?after=%E0%A4%A',
  ])('GET %s is a 4xx, never a 5xx', async (path) => {
    const client = clients.get('administrator');
    if (client === undefined) throw new Error('no administrator');
    const answer = await client.get(path);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});
