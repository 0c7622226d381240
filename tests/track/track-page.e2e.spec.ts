import { mkdirSync } from 'node:fs';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings, undersizedTouchTargets } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const SHOTS = 'test-results/track';
const PHONE = { width: 390, height: 844 };
const PHONE_LANDSCAPE = { width: 844, height: 390 };

/**
 * The public tracking page a receipt's QR code opens, on a phone-sized Chromium with touch: the code comes
 * from the link, the visitor types four digits, sees the status and the two deadlines that concern it by
 * name, and rates the answer with a confirmation. Zoom is allowed, nothing scrolls sideways, the header is
 * one line, axe finds nothing serious and targets are ≥ 48 px; screenshots under test-results/track/.
 */
describe.skipIf(inject('chromiumPath') === null)('phone tracking page', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  let receiptCode = '';
  let requestId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    const kiosk = await request.newContext({ baseURL: server.baseUrl });
    await kiosk.post('/api/kiosk/device-session', {
      data: { credential: 'kiosk-haishu-01.demo-kiosk-haishu-2026' },
    });
    await kiosk.post('/api/kiosk/sessions');
    const filed = (await (
      await kiosk.post('/api/appeals/requests', {
        data: {
          enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
          contact: { name: '周建国', phone: '13805741234' },
          category: 'approval-permits',
          title: '新建厂房消防验收咨询',
          description: '新建二期厂房即将竣工，想了解消防验收的申请材料和办理时限。',
        },
      })
    ).json()) as { receiptCode: string; requestId: string };
    ({ receiptCode, requestId } = filed);
    await kiosk.dispose();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const staff = async (username: string): Promise<APIRequestContext> => {
    const api = await request.newContext({ baseURL: server.baseUrl });
    expect((await api.post('/api/auth/login', { data: { username, password: 'Demo!2026' } })).ok()).toBe(
      true,
    );
    return api;
  };

  /** Both phone orientations: no sideways scrolling, a one-line header, targets ≥ 48 px, axe clean. */
  const check = async (page: Page, name: string): Promise<void> => {
    for (const [orientation, size] of [
      ['portrait', PHONE],
      ['landscape', PHONE_LANDSCAPE],
    ] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/${name}-${orientation}.png`, fullPage: true });
      const layout = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth > window.innerWidth,
        // One line of the brand: its box is no taller than one line of text.
        brandLines:
          (document.querySelector('.bar__brand')?.getBoundingClientRect().height ?? 0) /
          parseFloat(getComputedStyle(document.querySelector('.bar__brand') ?? document.body).lineHeight),
      }));
      expect(layout.sideways, `${name} ${orientation}: scrolls sideways`).toBe(false);
      expect(layout.brandLines, `${name} ${orientation}: header on one line`).toBeLessThan(1.5);
      expect(await undersizedTouchTargets(page), `${name} ${orientation}`).toEqual([]);
    }
    expect(await seriousAccessibilityFindings(page), `${name}: axe`).toEqual([]);
    await page.setViewportSize(PHONE);
  };

  it('opens from an old kiosk link or the QR code, with the code filled in, and lets zoom alone', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    // A receipt printed before this page existed points at the kiosk: it is sent on here.
    await page.goto(`${server.baseUrl}/kiosk/?receipt=${receiptCode}`);
    await page.waitForURL(`${server.baseUrl}/track/?r=${receiptCode}`);
    expect(await page.inputValue('#code')).toBe(receiptCode);
    expect(await page.getAttribute('meta[name=viewport]', 'content')).not.toMatch(
      /user-scalable|maximum-scale/u,
    );
    expect(missing).toEqual([]);
    await check(page, '01-lookup');

    await page.fill('#digits', '0000');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('#lookup-error').textContent()).toContain('没有找到这条诉求');
    await check(page, '02-not-found');

    await page.fill('#digits', '1234');
    await page.getByRole('button', { name: '查询' }).click();
    await page.locator('#status').waitFor();
    expect(await page.locator('#status').textContent()).toBe('已受理');
    // The two deadlines that concern the enterprise, by name; no internal clock.
    expect(await page.locator('.facts dt').allTextContents()).toEqual(['办理状态', '答复期限', '办结期限']);
    expect(await page.locator('#timeline').textContent()).toContain('海曙区亲清家园受理了您的诉求');
    await check(page, '03-received');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('.facts dt').allTextContents()).toEqual(['Status', 'Reply by', 'Resolve by']);
    await check(page, '04-received-english');
    await context.close();
  });

  it('rates the answer only after a confirmation that says it cannot be changed', async () => {
    const [wang, li] = await Promise.all([staff('staff.wang'), staff('handler.li')]);
    const path = `/api/appeals/requests/${requestId}`;
    expect(
      (
        await wang.post(`${path}/hand-off`, {
          data: { toDepartmentId: 'dept-market-regulation', note: '请答复' },
        })
      ).ok(),
    ).toBe(true);
    expect((await li.post(`${path}/accept`)).ok()).toBe(true);
    expect((await li.post(`${path}/resolve`, { data: { answer: '已发送消防验收申请指南。' } })).ok()).toBe(
      true,
    );

    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/track/?r=${receiptCode}`);
    await page.fill('#digits', '1234');
    await page.getByRole('button', { name: '查询' }).click();
    await page.locator('#answer').waitFor();
    expect(await page.locator('#answer').textContent()).toBe('已发送消防验收申请指南。');
    await page.getByRole('radio', { name: '满意', exact: true }).check();
    await page.fill('#rate-comment', '答复及时');
    await check(page, '05-answered');
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(await page.locator('#rate-confirm-text').textContent()).toBe(
      '确认提交评价「满意」？提交后不能修改。',
    );
    await check(page, '06-rating-confirm');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByText('感谢您的评价！').waitFor();
    expect(await page.locator('#your-rating').textContent()).toBe('您已评价：满意');
    expect(await page.locator('#timeline').textContent()).toContain('您的评价：满意。评价意见：答复及时');
    await check(page, '07-rated');
    await Promise.all([wang.dispose(), li.dispose(), context.close()]);
  });
});
