import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const PATH = '/api/enterprises';

const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

interface Refusal {
  readonly error: string;
  readonly field?: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly fields?: readonly { readonly field: string }[];
}

/**
 * The directory's commands in the one-process app: register and correct, through the platform's guard,
 * validation and error shape. (A library test cannot start the app that mounts the library: the lint
 * refuses that cycle, so the HTTP test lives here.)
 */
describe('enterprise directory: registering and correcting over HTTP', () => {
  let server: EmbeddedTestServer;
  let admin: HttpClient;
  let staff: HttpClient;
  const code = creditCode('320583', 'MA1X7T2K');

  const login = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = await login('admin');
    staff = await login('staff.wang');
  });

  afterAll(() => server.close());

  const body = {
    creditCode: code.toLowerCase(),
    name: '昆山玉峰精密机械有限公司',
    industry: 'C3421',
    employees: 360,
    revenue: 18000,
    assets: 9000,
    chambers: ['昆山市机械行业协会'],
    tags: ['key-backbone'],
    contactPhone: '13912345678',
  };

  it('registers once (service staff may): 201 with the size class, then 409 for the same credit code', async () => {
    expect(await expectStatus('register', staff.post(PATH, body), 201)).toEqual({
      creditCode: code,
      size: { size: 'medium', industryGroup: 'industry' },
    });
    const again = await expectStatus<Refusal>('again', admin.post(PATH, body), 409);
    expect(again.error).toBe('enterprise-registered');
  });

  it('corrects only what changed, and the same correction twice records nothing', async () => {
    const first = await expectStatus(
      'correct',
      staff.patch(`${PATH}/${code}`, { employees: 1200, revenue: 45000 }),
      200,
    );
    expect(first).toEqual({
      creditCode: code,
      changed: ['employees', 'revenue'],
      size: { size: 'large', industryGroup: 'industry' },
    });
    const second = await expectStatus(
      'again',
      staff.patch(`${PATH}/${code}`, { employees: 1200, revenue: 45000 }),
      200,
    );
    expect(second).toMatchObject({ changed: [] });
  });

  it('lets only an administrator move the registered area, to a division the dataset knows', async () => {
    const refused = await expectStatus<Refusal>(
      'staff',
      staff.patch(`${PATH}/${code}`, { areaCode: '320583102' }),
      403,
    );
    expect(refused).toMatchObject({ error: 'area-correction-forbidden', field: 'areaCode' });
    expect(refused.message.zh).toContain('管理员');
    const unknown = await expectStatus<Refusal>(
      'unknown',
      admin.patch(`${PATH}/${code}`, { areaCode: '320583999' }),
      400,
    );
    expect(unknown).toMatchObject({ error: 'unknown-area-code', field: 'areaCode' });
    expect(
      await expectStatus('admin', admin.patch(`${PATH}/${code}`, { areaCode: '320583102' }), 200),
    ).toMatchObject({
      changed: ['areaCode'],
    });
  });

  it('answers bad input with a 400 naming the field in both languages', async () => {
    const wrongCheck = `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;
    const check = await expectStatus<Refusal>(
      'check digit',
      admin.post(PATH, { ...body, creditCode: wrongCheck }),
      400,
    );
    expect(check).toMatchObject({ error: 'invalid-credit-code', field: 'creditCode' });
    const other = creditCode('320583', 'MA1X7T3K');
    for (const [bad, field] of [
      [{ name: '  ' }, 'name'],
      [{ industry: 'Z99' }, 'industry'],
      [{ contactPhone: '12345' }, 'contactPhone'],
      [{ tags: ['vip'] }, 'tags.0'],
      [{ employees: -3 }, 'employees'],
      [{ employees: 'many' }, 'employees'],
    ] as const) {
      const answer = await expectStatus<Refusal>(
        JSON.stringify(bad),
        admin.post(PATH, { ...body, creditCode: other, ...bad }),
        400,
      );
      expect([answer.field, ...(answer.fields ?? []).map((f) => f.field)]).toContain(field);
    }
    await expectStatus('unknown field', admin.patch(`${PATH}/${code}`, { colour: 'red' }), 400);
    await expectStatus('empty correction', admin.patch(`${PATH}/${code}`, {}), 400);
    await expectStatus('not in the directory', admin.patch(`${PATH}/${other}`, { employees: 3 }), 404);
  });

  it('lets in only the roles it allows', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    await expectStatus('anonymous', anonymous.post(PATH, body), 401);
    const handler = await login('handler.li');
    await expectStatus('department handler', handler.post(PATH, body), 403);
    await expectStatus('department handler', handler.patch(`${PATH}/${code}`, { employees: 5 }), 403);
  });
});
