import { mkdirSync } from 'node:fs';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings, undersizedTouchTargets } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const SHOTS = 'test-results/service-centre';
const TV = { width: 1920, height: 1080 };
const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';

/** Counts the tones the display starts (two per chime), from inside the page. */
const COUNT_TONES = `(() => {
  window.__tones = 0;
  const original = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () {
    window.__tones += 1;
    return original.call(this);
  };
})();`;

/**
 * The walk-in queue in real Chromium (npm run build:ui first): the hall display on a 1080p TV follows a call
 * within a second and chimes, in type readable from five metres; the counter screen calls with one tap; the
 * manager's figures; the kiosk's ticket. Axe on every screen, screenshots under test-results/service-centre/.
 */
describe.skipIf(inject('chromiumPath') === null)('walk-in queue in Chromium', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  let kiosk: APIRequestContext;
  let staffApi: APIRequestContext;
  let display: Page;

  const take = async (
    serviceId: string,
    priority = 'ordinary',
  ): Promise<{ number: string; code: string }> => {
    const answer = await kiosk.post('/api/service-centre/queue/tickets', { data: { serviceId, priority } });
    expect(answer.status()).toBe(201);
    return (await answer.json()) as { number: string; code: string };
  };

  const shownNumber = (page: Page, number: string, timeout: number) =>
    page.waitForFunction((n) => document.querySelector('.now__number')?.textContent === n, number, {
      timeout,
    });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    kiosk = await request.newContext({ baseURL: server.baseUrl });
    expect(
      (await kiosk.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })).status(),
    ).toBe(200);
    staffApi = await request.newContext({ baseURL: server.baseUrl });
    expect(
      (
        await staffApi.post('/api/auth/login', { data: { username: 'staff.wang', password: 'Demo!2026' } })
      ).ok(),
    ).toBe(true);
    const context = await browser.newContext({ viewport: TV, locale: 'zh-CN' });
    await context.addInitScript(COUNT_TONES);
    display = await context.newPage();
    await display.goto(`${server.baseUrl}/display/centre-haishu`);
    await display.waitForSelector('#services tr');
    // A TV's browser is set to allow sound; where it is not, one tap on the button turns the chime on.
    if (await display.locator('#chime').isVisible()) await display.locator('#chime').click();
  });

  afterAll(async () => {
    await kiosk?.dispose();
    await staffApi?.dispose();
    await browser?.close();
    await server?.close();
  });

  it('shows a call on the hall display within a second, with a chime, in type readable at five metres', async () => {
    await expect.poll(() => display.locator('#chime').isVisible()).toBe(false);
    await display.screenshot({ path: `${SHOTS}/hall-display-idle.png` });
    const first = await take('filing');
    await take('filing');
    const elderly = await take('filing', 'elderly');
    await take('policy');
    await expect.poll(() => display.locator('#services tr').first().textContent()).toContain('A003');
    const tonesBefore = await display.evaluate(() => (window as unknown as { __tones: number }).__tones);

    const call = await staffApi.post(
      '/api/service-centre/queue/centres/centre-haishu/counters/counter-1/call-next',
    );
    expect(call.status()).toBe(200);
    const calledAt = Date.now();
    await shownNumber(display, elderly.number, 1000);
    expect(Date.now() - calledAt).toBeLessThan(1000);
    await expect
      .poll(() => display.evaluate(() => (window as unknown as { __tones: number }).__tones))
      .toBeGreaterThanOrEqual(tonesBefore + 2);
    await expect.poll(() => display.locator('.now__counter').textContent()).toContain('1号窗口');

    // Five metres: the number called a fifth of the screen high, everything else at least 3.5 % of it.
    const sizes = await display.evaluate(() => {
      const px = (selector: string) =>
        parseFloat(getComputedStyle(document.querySelector(selector) ?? document.body).fontSize);
      return {
        number: px('.now__number'),
        counter: px('.now__counter'),
        next: px('.services .next'),
        service: px('.services tbody th'),
        total: px('.foot__total'),
      };
    });
    expect(sizes.number).toBeGreaterThanOrEqual(200);
    for (const [name, size] of Object.entries(sizes)) expect(size, name).toBeGreaterThanOrEqual(37);
    const layout = await display.evaluate(() => ({
      overflows: document.documentElement.scrollHeight > window.innerHeight,
      text: document.body.innerText,
    }));
    expect(layout.overflows).toBe(false);
    expect(layout.text).not.toContain(elderly.code);
    expect(layout.text).not.toContain(first.code);
    await display.screenshot({ path: `${SHOTS}/hall-display-calling.png` });
    expect(await seriousAccessibilityFindings(display)).toEqual([]);

    // Re-call chimes again; finishing frees the counter.
    const tones = await display.evaluate(() => (window as unknown as { __tones: number }).__tones);
    await staffApi.post('/api/service-centre/queue/centres/centre-haishu/counters/counter-1/recall');
    await expect
      .poll(() => display.evaluate(() => (window as unknown as { __tones: number }).__tones), {
        timeout: 1000,
      })
      .toBeGreaterThanOrEqual(tones + 2);
    await staffApi.post('/api/service-centre/queue/centres/centre-haishu/counters/counter-1/finish');
  });

  it('calls the next ticket with one tap on the counter screen, and the display follows', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', 'staff.wang');
    await page.fill('#password', 'Demo!2026');
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    await page.getByRole('link', { name: '窗口叫号' }).click();
    await page.selectOption('#queue-counter', 'counter-1');
    await expect.poll(() => page.locator('.queue__waiting').textContent()).toContain('3');
    await page.screenshot({ path: `${SHOTS}/counter-idle.png`, fullPage: true });

    await page.getByRole('button', { name: '叫下一位' }).click();
    const tapped = Date.now();
    // The oldest ordinary ticket A001 (A003, the elderly visitor, was called first above).
    await page.waitForSelector('[data-testid=current-number]:text("A001")');
    await shownNumber(display, 'A001', 1000);
    expect(Date.now() - tapped).toBeLessThan(1500);
    expect(await page.getByRole('button', { name: '叫下一位' }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/counter-calling.png`, fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    // The counter's own buttons are big (the console's navigation keeps its desktop size).
    const heights = await page
      .locator('.queue__actions button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(48);

    await page.getByRole('button', { name: '开始办理' }).click();
    await page.getByRole('button', { name: '办结' }).click();
    await page.waitForSelector('.queue__idle');
    await page.selectOption('#queue-link-ticket', { label: 'A001' });
    await page.selectOption('#queue-link-kind', 'registration');
    await page.fill('#queue-link-ref', 'REG-2026-0117');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.waitForSelector('text=已登记 REG-2026-0117');

    // A refusal is shown in the visitor's language, naming the rule.
    await page.selectOption('#queue-link-kind', 'request');
    await page.fill('#queue-link-ref', 'no-such-request');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect.poll(() => page.locator('.notice--error').textContent()).toContain('本中心尚未收到这件诉求');
    await page.screenshot({ path: `${SHOTS}/counter-refusal.png`, fullPage: true });

    await page.getByRole('link', { name: '排队统计' }).click();
    await page.waitForSelector('text=REG-2026-0117');
    await page.waitForSelector('.queue__table tbody tr');
    await page.screenshot({ path: `${SHOTS}/queue-dashboard.png`, fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await context.close();
  });

  it('gives a ticket at the kiosk from the home tile', async () => {
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
    await page.goto('/kiosk/');
    await page.locator('.tile--queue').click();
    await page.waitForSelector('.queue-take__service');
    await page.getByRole('radio', { name: '老年人（60岁以上）' }).click();
    await page.screenshot({ path: `${SHOTS}/kiosk-take.png` });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    expect(await undersizedTouchTargets(page)).toEqual([]);
    await page.locator('.queue-take__service', { hasText: '矛盾调解' }).click();
    await page.waitForSelector('#queue-number');
    expect(await page.locator('#queue-number').textContent()).toBe('C001');
    expect(await page.locator('#queue-code').textContent()).toMatch(/^[A-Z2-9]{10}$/u);
    await page.screenshot({ path: `${SHOTS}/kiosk-ticket.png` });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await context.close();
  });
});
