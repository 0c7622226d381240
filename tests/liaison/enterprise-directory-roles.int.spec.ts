import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpAnswer, HttpClient } from '../console/http-client';

type Caller =
  | 'anonymous'
  | 'service-staff'
  | 'department-handler'
  | 'supervisor'
  | 'administrator'
  | 'kiosk-device'
  | 'kiosk-enterprise';

const CALLERS: readonly Caller[] = [
  'anonymous',
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'kiosk-device',
  'kiosk-enterprise',
];
const STAFF: readonly Caller[] = ['service-staff', 'department-handler', 'supervisor', 'administrator'];
const USERNAMES: Partial<Record<Caller, string>> = {
  'service-staff': 'staff.wang',
  'department-handler': 'handler.li',
  supervisor: 'supervisor.chen',
  administrator: 'admin',
};

/** A demo enterprise (read-only calls find it; writing calls carry bodies that fail validation). */
const CODE = '91330203MA2H5K7P7A';

interface Endpoint {
  readonly name: string;
  readonly call: (client: HttpClient) => Promise<HttpAnswer<unknown>>;
  readonly allowed: readonly Caller[] | 'public';
}

/**
 * Every endpoint of the enterprise directory × every role the demo data signs in. An allowed call with an
 * invalid body answers 400 (the guard let it through, nothing changed); a refused one 401 or 403.
 */
const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'GET size-class',
    call: (c) => c.get('/api/enterprises/size-class?industry=C35&employees=1&revenue=1'),
    allowed: 'public',
  },
  { name: 'GET list', call: (c) => c.get('/api/enterprises?limit=1'), allowed: STAFF },
  { name: 'GET one', call: (c) => c.get(`/api/enterprises/${CODE}`), allowed: STAFF },
  {
    name: 'GET name',
    call: (c) => c.get(`/api/enterprises/${CODE}/name`),
    allowed: [...STAFF, 'kiosk-device', 'kiosk-enterprise'],
  },
  {
    name: 'POST register',
    call: (c) => c.post('/api/enterprises', {}),
    allowed: ['service-staff', 'administrator'],
  },
  {
    name: 'PATCH correct',
    call: (c) => c.patch(`/api/enterprises/${CODE}`, {}),
    allowed: ['service-staff', 'administrator'],
  },
  {
    name: 'POST import',
    call: (c) => c.postRaw('/api/enterprises/import?dryRun=true', '统一社会信用代码\n', 'text/csv'),
    allowed: ['administrator'],
  },
];

describe('enterprise directory: every endpoint × every role', () => {
  let server: EmbeddedTestServer;
  const clients = new Map<Caller, HttpClient>();

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    for (const caller of CALLERS) {
      const client = new HttpClient(server.baseUrl);
      const username = USERNAMES[caller];
      if (username !== undefined)
        expect((await client.post('/api/auth/login', { username, password: DEMO_PASSWORD })).status).toBe(
          200,
        );
      // One device session per device: the device caller and the walk-in use the two demo kiosks.
      if (caller === 'kiosk-device' || caller === 'kiosk-enterprise') {
        const credential =
          caller === 'kiosk-device'
            ? 'kiosk-haishu-01.demo-kiosk-haishu-2026'
            : 'kiosk-yinzhou-01.demo-kiosk-yinzhou-2026';
        expect((await client.post('/api/kiosk/device-session', { credential })).status).toBe(200);
      }
      if (caller === 'kiosk-enterprise') expect((await client.post('/api/kiosk/sessions')).status).toBe(201);
      clients.set(caller, client);
    }
  });

  afterAll(() => server.close());

  const cases = ENDPOINTS.flatMap((endpoint) =>
    CALLERS.map((caller) => ({
      ...endpoint,
      caller,
      expected: endpoint.allowed === 'public' || endpoint.allowed.includes(caller) ? 'allowed' : 'refused',
    })),
  );

  it.each(cases)('$name as $caller: $expected', async ({ call, caller, expected }) => {
    const answer = await call(clients.get(caller) as HttpClient);
    expect(answer.status).toBeLessThan(500);
    if (expected === 'allowed') expect([401, 403]).not.toContain(answer.status);
    else expect(answer.status).toBe(caller === 'anonymous' ? 401 : 403);
  });
});
