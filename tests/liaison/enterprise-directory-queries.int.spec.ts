import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { DirectoryEntry, DirectoryPage } from '@qinqing/liaison/contracts';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/** Kunshan (320583) enterprises only, so the demo data of other districts never gets in the way. */
const KUNSHAN = Array.from({ length: 7 }, (_, i) => ({
  creditCode: creditCode('320583', `MA1KT${String(i).padStart(2, '0')}Q`),
  name: i < 5 ? `昆山测试精密${i}号有限公司` : `苏州测试物流${i}号有限公司`,
  industry: i < 5 ? 'C3421' : 'G5430',
  employees: 40 + i * 100,
  revenue: 1000 + i * 2000,
  tags: i % 2 === 0 ? ['key-backbone'] : ['high-growth'],
  contactPhone: `1391234567${i}`,
}));

describe('enterprise directory: the read model over HTTP', () => {
  let server: EmbeddedTestServer;
  let admin: HttpClient;
  let handler: HttpClient;

  const login = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = await login('admin');
    handler = await login('handler.li');
    for (const enterprise of KUNSHAN)
      await expectStatus('register', admin.post('/api/enterprises', enterprise), 201);
    await expectStatus(
      'a town',
      admin.patch(`/api/enterprises/${KUNSHAN[6]?.creditCode}`, { areaCode: '320583102' }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
  });

  afterAll(() => server.close());

  it('finds one enterprise by credit code, with the area named from the division dataset', async () => {
    const [first] = KUNSHAN;
    const entry = await expectStatus<DirectoryEntry>(
      'one',
      admin.get(`/api/enterprises/${first?.creditCode}`),
      200,
    );
    expect(entry).toMatchObject({
      creditCode: first?.creditCode,
      name: '昆山测试精密0号有限公司',
      areaCode: '320583',
      areaName: '江苏省 苏州市 昆山市',
      industryGroup: 'industry',
      size: 'small',
      contactPhone: '13912345670',
    });
    await expectStatus('unknown', admin.get(`/api/enterprises/${creditCode('320583', 'MA1KT99Q')}`), 404);
    const notACode = await expectStatus<{ field?: string }>(
      'not a code',
      admin.get('/api/enterprises/..%2F..'),
      400,
    );
    expect(notACode).toMatchObject({ error: 'validation-failed', field: 'creditCode' });
    await expectStatus('not a code, by name', admin.get('/api/enterprises/X1/name'), 400);
  });

  it('masks the phone for a viewer who does not keep contacts, and in every list', async () => {
    const entry = await expectStatus<DirectoryEntry>(
      'handler',
      handler.get(`/api/enterprises/${KUNSHAN[0]?.creditCode}`),
      200,
    );
    expect(entry.contactPhone).toBe('139****5670');
    const page = await expectStatus<DirectoryPage>('list', admin.get('/api/enterprises?area=320583'), 200);
    expect(page.items.every((item) => item.contactPhone?.includes('****'))).toBe(true);
  });

  it('filters by area at any level, industry group, size, tag and name prefix', async () => {
    const codes = async (query: string) =>
      (await expectStatus<DirectoryPage>(query, admin.get(`/api/enterprises?${query}`), 200)).items.map(
        (i) => i.creditCode,
      );
    const sorted = KUNSHAN.map((e) => e.creditCode).sort();
    expect(await codes('area=320583&limit=100')).toEqual(sorted);
    expect(await codes('area=320500&limit=100')).toEqual(sorted);
    expect(await codes('area=320583102')).toEqual([KUNSHAN[6]?.creditCode]);
    expect(await codes('area=320583&industryGroup=transport')).toEqual(
      [KUNSHAN[5]?.creditCode, KUNSHAN[6]?.creditCode].sort(),
    );
    expect(await codes('area=320583&tag=high-growth')).toEqual(
      KUNSHAN.filter((_, i) => i % 2 === 1)
        .map((e) => e.creditCode)
        .sort(),
    );
    expect(await codes(`name=${encodeURIComponent('苏州测试物流')}`)).toEqual(
      [KUNSHAN[5]?.creditCode, KUNSHAN[6]?.creditCode].sort(),
    );
    expect(await codes(`name=${encodeURIComponent('昆山测试%')}`)).toEqual([]);
    // 工业: 440 persons and 9000 万元 meet the medium bounds (300, 2000), not the large ones
    expect(await codes('area=320583&size=medium&industryGroup=industry')).toEqual(
      KUNSHAN.slice(3, 5)
        .map((e) => e.creditCode)
        .sort(),
    );
  });

  it('pages by keyset: bounded pages that add up to the whole, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: DirectoryPage = await expectStatus<DirectoryPage>(
        'page',
        admin.get(`/api/enterprises?area=320583&limit=3${after === null ? '' : `&after=${after}`}`),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.creditCode));
      after = page.next;
      if (after === null) break;
    }
    expect(seen).toEqual(KUNSHAN.map((e) => e.creditCode).sort());
    // With a name prefix the pages run in name order; the keyset is still the last credit code.
    const byName: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: DirectoryPage = await expectStatus<DirectoryPage>(
        'name page',
        admin.get(
          `/api/enterprises?name=${encodeURIComponent('昆山测试精密')}&limit=2${cursor === null ? '' : `&after=${cursor}`}`,
        ),
        200,
      );
      byName.push(...page.items.map((item) => item.name));
      cursor = page.next;
      if (cursor === null) break;
    }
    expect(byName).toEqual([0, 1, 2, 3, 4].map((i) => `昆山测试精密${i}号有限公司`));
    for (const bad of ['limit=101', 'limit=0', 'limit=x', 'size=huge', 'area=3205', 'after=abc', 'tag=vip'])
      await expectStatus(bad, admin.get(`/api/enterprises?${bad}`), 400);
  });

  it('lets a kiosk look up a name by credit code, and nothing personal', async () => {
    const kiosk = new HttpClient(server.baseUrl);
    await expectStatus('anonymous', kiosk.get(`/api/enterprises/${KUNSHAN[0]?.creditCode}/name`), 401);
    await expectStatus(
      'device',
      kiosk.post('/api/kiosk/device-session', { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' }),
      200,
    );
    expect(
      await expectStatus('name', kiosk.get(`/api/enterprises/${KUNSHAN[0]?.creditCode}/name`), 200),
    ).toEqual({
      creditCode: KUNSHAN[0]?.creditCode,
      name: '昆山测试精密0号有限公司',
    });
    await expectStatus('the whole entry', kiosk.get(`/api/enterprises/${KUNSHAN[0]?.creditCode}`), 403);
    await expectStatus('the list', kiosk.get('/api/enterprises'), 403);
  });
});
