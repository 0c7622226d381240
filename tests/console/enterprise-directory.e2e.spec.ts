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
 * 企业名录 in the browser over the demo data: a service-staff member filters the directory, opens an enterprise
 * and sees its facts and its requests; a department handler sees the phone masked. Every screen passes axe (serious and critical findings).
 */
describe.skipIf(chromiumPath === null)('enterprise directory in the console', () => {
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

  const logIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
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

  it('lets service staff filter the directory and open an enterprise with its requests', async () => {
    const page = await logIn('staff.wang');
    await page.click('nav >> text=企业名录');
    await page.waitForSelector('table');
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    await checkScreen(page, '40-directory');
    await page.selectOption('#directory-tag', 'in-difficulty');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await page.fill('#directory-name', '宁波海曙甬创');
    await page.selectOption('#directory-tag', '');
    await page.click('form[role=search] button[type=submit]');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').innerText()).toContain('138****1234');
    await page.click('tbody a');
    await page.waitForSelector('#enterprise-requests');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('浙江省 宁波市 海曙区 集士港镇');
    expect(facts).toContain('中型');
    expect(facts).toContain('13805741234');
    await expect
      .poll(() => page.locator('section[aria-labelledby=enterprise-requests] li').count())
      .toBeGreaterThan(0);
    await checkScreen(page, '41-enterprise');
    await page.context().close();
  });

  it('shows a department handler the enterprise page with the phone masked', async () => {
    const page = await logIn('handler.li');
    await page.goto(`${server.baseUrl}/console/#/directory`);
    await page.waitForSelector('table');
    await page.click('tbody a >> nth=0');
    await page.waitForSelector('dl.facts');
    expect(await page.locator('dl.facts').innerText()).toMatch(/\d{3}\*{4}\d{4}|—/u);
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('企业名录');
    await checkScreen(page, '42-enterprise-handler');
    await page.context().close();
  });
});
