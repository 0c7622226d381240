import { mkdirSync } from 'node:fs';
import { inputsOfHalfYear } from '@qinqing/service-centre/service';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings, undersizedTouchTargets } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
const SHOTS = 'test-results/kiosk';
const PORTRAIT = { width: 1080, height: 1920 };

/**
 * 亲清健康指数 at the kiosk in Chromium: before anything is published the screen says so; once a supervisor has
 * published the demo's second half of 2026 (in January 2027), the 海曙 kiosk (centre-haishu, county 330203)
 * shows 海曙区's overall figure, its two aspects and five dimensions. Axe and touch targets on each screen.
 */
describe.skipIf(inject('chromiumPath') === null)('the 亲清健康指数 at the kiosk', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  const clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer({ clock }), launchChromium()]);
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await eventually(async () => ((await inputsOfHalfYear(db, '2026-H2')).size > 0 ? true : undefined));
    clock.set(new Date('2027-01-04T01:00:00.000Z'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const check = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    expect(await undersizedTouchTargets(page), `${name}: small touch targets`).toEqual([]);
    expect(await seriousAccessibilityFindings(page), `${name}: axe`).toEqual([]);
  };

  const openKiosk = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: PORTRAIT, baseURL: server.baseUrl });
    const device = await context.request.post('/api/kiosk/device-session', {
      data: { credential: CREDENTIAL },
    });
    expect(device.status()).toBe(200);
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /亲清健康指数/u }).click();
    await page.getByRole('heading', { name: '亲清健康指数', level: 1 }).waitFor();
    return page;
  };

  it('says so while the county has no half year published', async () => {
    const page = await openKiosk();
    await page.getByText('本中心所在区县尚未发布亲清健康指数').waitFor();
    await check(page, 'health-index-none');
    await page.context().close();
  });

  it('shows 海曙区’s latest half year once a supervisor has published it', async () => {
    const staff = await browser.newContext({ baseURL: server.baseUrl });
    const login = await staff.request.post('/api/auth/login', {
      data: { username: 'supervisor.chen', password: 'Demo!2026' },
    });
    expect(login.status()).toBe(200);
    const published = await staff.request.post('/api/service-centre/health-index', {
      data: { period: '2026-H2' },
    });
    expect(published.status(), await published.text()).toBeLessThan(300);
    const answer = (await (
      await staff.request.get('/api/service-centre/health-index/areas/330203?limit=1')
    ).json()) as { items: { total: number | null; aspects: { closeness: number | null } }[] };
    const latest = answer.items[0];
    expect(latest).toBeDefined();
    await staff.close();

    const page = await openKiosk();
    await page.locator('.health-index__area').waitFor();
    const text = await page.locator('.health-index').innerText();
    expect(text).toContain('海曙区');
    expect(text).toContain('2026-H2');
    expect(text).toContain('亲近指数');
    expect(text).toContain('清白指数');
    for (const dimension of ['关心', '服务', '负担', '廉洁', '透明']) expect(text).toContain(dimension);
    const total = latest?.total === null || latest?.total === undefined ? '无数据' : latest.total.toFixed(1);
    expect(await page.locator('.health-index__figure').innerText()).toBe(total);
    await check(page, 'health-index-haishu');

    await page.getByRole('button', { name: /大字模式/u }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    await check(page, 'health-index-haishu-elder');
    await page.context().close();
  });
});
