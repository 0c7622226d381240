import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';

/**
 * The liaison screens in real Chromium with the demo data: an official lands on 我的联系企业 (not the inbox
 * their role may not open) and logs a visit on a phone-sized screen; a supervisor sees the unit's compliance
 * chart. Axe-core on each screen; every control of the visit form at least 48 px high.
 */
describe.skipIf(chromiumPath === null)('liaison in the console', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = async (username: string, viewport: { width: number; height: number }): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', hasTouch: viewport.width < 500 });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    return page;
  };

  const checkScreen = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(await seriousAccessibilityFindings(page), name).toEqual([]);
  };

  it('an official lands on 我的联系企业 and logs a visit with a problem on a phone', async () => {
    const page = await logIn('official.zhou', { width: 390, height: 844 });
    await page.waitForSelector('.liaison__card');
    expect(await page.locator('h1').first().innerText()).toContain('我的联系企业');
    expect(await page.locator('.liaison__card h2').allInnerTexts()).toContain('宁波海曙甬创智能制造有限公司');
    await checkScreen(page, 'liaison-01-workspace-phone');

    const card = page.locator('.liaison__card', { hasText: '宁波海曙甬创智能制造有限公司' });
    await card.getByRole('button', { name: '登记走访' }).click();
    await card.getByLabel('了解到的情况').fill('二期厂房即将竣工，企业希望尽早安排消防验收');
    await card.getByRole('button', { name: '添加企业反映的问题' }).click();
    await card.getByLabel('问题', { exact: true }).fill('消防验收排期');
    await card.getByLabel('具体情况').fill('二期厂房下月竣工，希望提前对接消防验收');
    await card.getByLabel('企业联系人').fill('张敏');
    await card.getByLabel('联系人手机').fill('13805740001');
    for (const control of await card
      .locator('.visit-form input, .visit-form select, .visit-form textarea, .visit-form button')
      .all()) {
      const box = await control.boundingBox();
      expect(
        box?.height ?? 0,
        await control.evaluate((e) => e.id || e.textContent || ''),
      ).toBeGreaterThanOrEqual(48);
    }
    await checkScreen(page, 'liaison-02-visit-form-phone');
    await card.getByRole('button', { name: '登记走访', exact: true }).last().click();
    await expect.poll(() => card.getByRole('status').innerText()).toContain('走访已登记');
    await checkScreen(page, 'liaison-03-visit-logged-phone');
    await page.context().close();
  });

  it('a supervisor sees a unit’s visit compliance with a chart and a table', async () => {
    const page = await logIn('supervisor.chen', { width: 1366, height: 768 });
    await page.goto(`${server.baseUrl}/console/#/compliance`);
    await page.selectOption('#compliance-unit', 'dept-market-regulation');
    await page.waitForSelector('.compliance table tbody tr');
    expect(await page.locator('.compliance table').innerText()).toContain('宁波海曙甬创智能制造有限公司');
    // The chart view is a lazy chunk (ECharts): wait for it to draw.
    await page.waitForSelector('figure.chart [role=img] svg');
    expect(await page.locator('figure.chart [role=img]').count()).toBe(1);
    await checkScreen(page, 'liaison-04-compliance');
    await page.context().close();
  });

  it('a discipline inspector lands on the declared breaches', async () => {
    const page = await logIn('inspector.wu', { width: 1366, height: 768 });
    await page.waitForSelector('table.breaches tbody tr');
    expect(await page.locator('table.breaches').innerText()).toContain('宁波鄞州康源生物科技有限公司');
    await checkScreen(page, 'liaison-05-breaches');
    await page.context().close();
  });

  it('an official may not open the inbox by its address', async () => {
    const page = await logIn('official.zhou', { width: 1366, height: 768 });
    await page.goto(`${server.baseUrl}/console/#/dashboard`);
    await expect.poll(() => page.locator('main').innerText()).toContain('您的角色不能使用此功能');
    await page.context().close();
  });
});
