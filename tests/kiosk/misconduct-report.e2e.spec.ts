import { mkdirSync } from 'node:fs';
import { launchChromium, seriousAccessibilityFindings, undersizedTouchTargets } from '@qinqing/tools/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
const SHOTS = 'test-results/kiosk';

/**
 * 廉情监督举报 at the kiosk in Chromium: the tile loads its own chunk; an anonymous report goes out without the
 * walk-in's cookies, the receipt code is shown big once; the follow-up screen takes code and passphrase. Each
 * screen: axe (no serious/critical), touch targets ≥ 48 px, a screenshot.
 */
describe.skipIf(inject('chromiumPath') === null)('kiosk: misconduct report', () => {
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

  const check = async (page: Page, name: string) => {
    await page.screenshot({ path: `${SHOTS}/report-${name}.png`, fullPage: true });
    expect(await undersizedTouchTargets(page), `${name}: small touch targets`).toEqual([]);
    expect(await seriousAccessibilityFindings(page), `${name}: axe`).toEqual([]);
  };
  const tap = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();
  const next = (page: Page) => tap(page, '下一步 →');

  it('files an anonymous report without the session’s cookies and shows the receipt code once', async () => {
    const context = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
      baseURL: server.baseUrl,
    });
    expect(
      (
        await context.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })
      ).status(),
    ).toBe(200);
    const page = await context.newPage();
    const anonymousRequests: { cookie: string | undefined }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/misconduct-reports/anonymous'))
        anonymousRequests.push({ cookie: request.headers()['cookie'] });
    });
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /廉情监督举报/u }).click();
    await expect.poll(() => page.getByRole('button', { name: '我要举报' }).count()).toBe(1);
    await check(page, 'start');
    await tap(page, '我要举报');
    await page.getByRole('radio', { name: /匿名举报/u }).click();
    await check(page, 'kind');
    await next(page);
    await page.getByRole('radio', { name: '吃拿卡要' }).click();
    await next(page);
    await page.getByRole('radio', { name: '市场监管局' }).click();
    await check(page, 'unit');
    await next(page);
    // Latin mode of the keyboard is enough for a name in a test.
    await page.getByRole('switch', { name: /主要负责人/u }).click();
    await page.getByRole('button', { name: /英文/u }).click();
    for (const letter of 'ZHOU') await tap(page, letter);
    await check(page, 'accused');
    await next(page);
    await page.getByRole('button', { name: /英文/u }).click();
    for (const letter of 'BRIBE') await tap(page, letter);
    await next(page);
    for (const digit of '20261202') await tap(page, digit);
    await check(page, 'passphrase');
    await tap(page, '提交举报');
    const code = page.locator('#report-receipt-code');
    await expect.poll(() => code.count()).toBe(1);
    expect(await code.textContent()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/u);
    await check(page, 'receipt');
    expect(anonymousRequests).toEqual([{ cookie: undefined }]);
    await context.close();
  });

  it('the follow-up screen says the same for a wrong code as for a wrong passphrase', async () => {
    const context = await browser.newContext({
      viewport: { width: 1080, height: 1920 },
      baseURL: server.baseUrl,
    });
    await context.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } });
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /廉情监督举报/u }).click();
    await tap(page, '查询举报答复');
    for (const key of 'ABCDEFGHJKMNPQRSTVWX') await tap(page, key);
    for (const digit of '12345678') await tap(page, digit);
    await check(page, 'follow-up');
    await tap(page, '查询');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('回执码或查询口令不正确');
    await context.close();
  });
});
