import { mkdirSync } from 'node:fs';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const SHOTS = 'test-results/report';

/**
 * The public report page at /report/ (no kiosk, no login): an anonymous report with the units from the public
 * list, a receipt code back; requests go without cookies; axe finds nothing serious on a phone-sized screen.
 */
describe.skipIf(inject('chromiumPath') === null)('public misconduct-report page', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('files an anonymous report and shows the receipt code once', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const cookies: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/misconduct-reports/')) cookies.push(request.headers()['cookie']);
    });
    await page.goto(`${server.baseUrl}/report/`);
    await expect.poll(() => page.locator('#unit option').count()).toBeGreaterThan(3);
    await page.selectOption('#unit', 'dept-market-regulation');
    await page.fill('#accused', '周某');
    await page.fill('#description', '办理许可时被要求到指定中介购买服务。');
    await page.fill('#passphrase', 'correct horse battery');
    await page.screenshot({ path: `${SHOTS}/report-form.png`, fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.click('#report button[type=submit]');
    await expect
      .poll(() => page.locator('#receipt-code').textContent())
      .toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/u);
    await page.screenshot({ path: `${SHOTS}/report-receipt.png`, fullPage: true });
    expect(cookies.every((cookie) => cookie === undefined)).toBe(true);
    await page.close();
  });
});
