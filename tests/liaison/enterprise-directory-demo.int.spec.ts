import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { DirectoryEntry, DirectoryPage } from '@qinqing/liaison/contracts';
import { DEMO_DIRECTORY, LiaisonDemoDataSeeder } from '@qinqing/liaison/service';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

describe('enterprise directory: demo data in the one-process app', () => {
  let server: EmbeddedTestServer;
  let admin: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      admin.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
  });

  afterAll(() => server.close());

  it('holds every enterprise of appeals’ demo requests under the same credit code and name', async () => {
    const requests = await expectStatus<{ items: { enterprise: { creditCode: string; name: string } }[] }>(
      'appeals demo requests',
      admin.get('/api/appeals/requests?pageSize=200'),
      200,
    );
    const enterprises = new Map(requests.items.map((r) => [r.enterprise.creditCode, r.enterprise.name]));
    expect(enterprises.size).toBeGreaterThanOrEqual(6);
    for (const [creditCode, name] of enterprises) {
      const entry = await expectStatus<DirectoryEntry>(
        name,
        admin.get(`/api/enterprises/${creditCode}`),
        200,
      );
      expect(entry.name).toBe(name);
      expect(entry.size).not.toBeNull();
    }
  });

  it('lists the demo directory across Ningbo, with every size class and category present', async () => {
    const page = await expectStatus<DirectoryPage>(
      'Ningbo',
      admin.get('/api/enterprises?area=330200&limit=100'),
      200,
    );
    const codes = new Set(page.items.map((item) => item.creditCode));
    for (const { creditCode } of DEMO_DIRECTORY) expect(codes).toContain(creditCode);
    const demo = page.items.filter((item) => DEMO_DIRECTORY.some((d) => d.creditCode === item.creditCode));
    expect(new Set(demo.map((item) => item.size))).toEqual(new Set(['large', 'medium', 'small', 'micro']));
    expect(new Set(demo.flatMap((item) => item.tags))).toEqual(
      new Set(['key-backbone', 'four-new', 'high-growth', 'in-difficulty']),
    );
    expect(demo.find((item) => item.areaCode === '330212103')?.areaName).toBe(
      '浙江省 宁波市 鄞州区 东钱湖镇',
    );
  });

  it('seeds once: a second run registers nothing', async () => {
    expect(await server.app.get(LiaisonDemoDataSeeder).seed()).toBe(0);
  });
});
