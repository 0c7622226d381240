import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import type { CentreEventView, RegistrationAnswer } from '@qinqing/service-centre/contracts';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { checkKioskScreen, KIOSK_PORTRAIT, pressKioskButton } from '../support/kiosk-screens';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
/** Demo: 宁波海曙甬创智能制造有限公司, a Haishu manufacturer (C3491); mobile 13805741234. */
const YONGCHUANG = '91330203MA2H5K7P7A';
const YUEHU = '91330203MA2GQ8R35N';
const SHOTS = 'test-results/service-centre';
const PORTRAIT = KIOSK_PORTRAIT;

/**
 * The centre's events in Chromium against the one-process platform with its demo data: at the kiosk an
 * identified manufacturer registers for the manufacturers' 政企恳谈会 and sees its check-in code (QR and text)
 * under 我的报名; at the console service staff check an enterprise in by its code. Every kiosk step: axe (no
 * serious or critical findings), touch targets ≥ 48 px, screenshots in both orientations.
 */
describe.skipIf(inject('chromiumPath') === null)('centre events in Chromium', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  const texts: OutboundTextMessage[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    const outbound = server.app.get(OutboundMessages);
    const original = outbound.send.bind(outbound);
    outbound.send = (message) => {
      texts.push(message);
      return original(message);
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const kioskScreen = (page: Page, name: string) => checkKioskScreen(page, SHOTS, name);
  const key = pressKioskButton;

  it('活动报名 at the kiosk: identify, register for the symposium, see the check-in code as QR and text', async () => {
    const context = await browser.newContext({ viewport: PORTRAIT, baseURL: server.baseUrl });
    expect(
      (
        await context.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })
      ).status(),
    ).toBe(200);
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /活动报名/u }).waitFor();
    await kioskScreen(page, 'kiosk-home');
    await page.getByRole('button', { name: /活动报名/u }).click();
    await page.getByRole('heading', { name: '活动报名' }).waitFor();
    for (const character of YONGCHUANG) await key(page, character);
    await expect.poll(() => page.locator('#credit-code-message').textContent()).toContain('代码正确');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => page.locator('#code-sent-to').textContent()).toContain('138****1234');
    for (const character of String(lastIdentificationCode(texts)?.params['code'] ?? ''))
      await key(page, character);
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByRole('heading', { name: '可报名的活动' }).waitFor();
    const symposium = page.locator('.events__card', { hasText: '海曙区政企恳谈会（制造业专场）' }).first();
    await symposium.waitFor();
    expect(await page.locator('.events__list').first().innerText()).toContain('商桥微课堂');
    await kioskScreen(page, 'kiosk-events');

    await symposium.getByRole('button', { name: '报名' }).click();
    await page.getByRole('heading', { name: '报名成功' }).waitFor();
    await page.locator('.events__code svg').waitFor();
    const typed = (await page.getByTestId('check-in-code').innerText()).replace(/\s/gu, '');
    expect(typed).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/u);
    await kioskScreen(page, 'kiosk-registered');

    await page.getByRole('button', { name: '返回活动列表' }).click();
    const mine = page.locator('ul[aria-label="我的报名"] .events__card', {
      hasText: '政企恳谈会（制造业专场）',
    });
    await mine.waitFor();
    expect(await mine.locator('.events__status').innerText()).toBe('已报名');
    await mine.getByRole('button', { name: '签到码' }).click();
    expect((await page.getByTestId('check-in-code').innerText()).replace(/\s/gu, '')).toBe(typed);
    await context.close();
  });

  it('活动 at the console: service staff check an enterprise in by its code', async () => {
    const api = new HttpClient(server.baseUrl);
    await expectStatus(
      'login',
      api.post('/api/auth/login', { username: 'staff.wang', password: DEMO_PASSWORD }),
      200,
    );
    const now = Date.now();
    const event = await expectStatus<CentreEventView>(
      'schedule',
      api.post('/api/service-centre/events', {
        kind: 'legal-service',
        title: '商桥法律服务之家：合同纠纷咨询',
        place: '海曙亲清家园法律服务室',
        areaCode: '330203',
        startsAt: new Date(now + 60 * 60_000).toISOString(),
        endsAt: new Date(now + 3 * 60 * 60_000).toISOString(),
        capacity: 1,
      }),
      201,
    );
    const { checkInCode } = await expectStatus<RegistrationAnswer>(
      'register',
      api.post(`/api/service-centre/events/${event.eventId}/registrations`, { creditCode: YONGCHUANG }),
      201,
    );
    await expectStatus(
      'waiting list',
      api.post(`/api/service-centre/events/${event.eventId}/registrations`, { creditCode: YUEHU }),
      201,
    );

    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', 'staff.wang');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    await page.getByRole('link', { name: '活动' }).click();
    await page.getByRole('button', { name: '商桥法律服务之家：合同纠纷咨询' }).click();
    await page.getByRole('heading', { name: /法律服务：商桥法律服务之家/u }).waitFor();
    await page.locator('.centre-event-registrations').waitFor();
    expect(await page.locator('.centre-event-registrations').innerText()).toContain('候补');

    await page.fill('#check-in-code', 'ZZZZZZZZZZ');
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await expect
      .poll(() => page.locator('.centre-event .notice--error').first().textContent())
      .toContain('签到码无效');
    await page.fill('#check-in-code', checkInCode.toLowerCase());
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await expect.poll(() => page.locator('.centre-event .notice--ok').textContent()).toContain('签到成功');
    await expect.poll(() => page.locator('.centre-event').innerText()).toContain('已签到 1');
    await page.screenshot({ path: join(SHOTS, 'console-check-in.png'), fullPage: true });
    expect(await seriousAccessibilityFindings(page), 'console events').toEqual([]);
    // The demo briefing held with two answers: the screen counts them and says why it shows no more.
    await page.getByRole('button', { name: '已举行' }).click();
    await page.getByRole('button', { name: '2026年度惠企政策宣讲会' }).click();
    await page.getByRole('heading', { name: /政策宣讲会：2026年度惠企政策宣讲会/u }).waitFor();
    await expect
      .poll(() => page.locator('.centre-event').innerText())
      .toContain('已有 2 家评价。评价满 3 家后才显示评分和意见');
    await page.screenshot({ path: join(SHOTS, 'console-feedback-withheld.png'), fullPage: true });
    await context.close();

    // The enterprise that attended rates the event at the kiosk: four of five and a comment typed in pinyin.
    const kiosk = await browser.newContext({ viewport: PORTRAIT, baseURL: server.baseUrl });
    expect(
      (await kiosk.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })).status(),
    ).toBe(200);
    const visitor = await kiosk.newPage();
    await visitor.goto('/kiosk/');
    await visitor.getByRole('button', { name: /活动报名/u }).click();
    for (const character of YONGCHUANG) await key(visitor, character);
    await expect.poll(() => visitor.locator('#credit-code-message').textContent()).toContain('代码正确');
    await visitor.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => visitor.locator('#code-sent-to').textContent()).toContain('138****1234');
    for (const character of String(lastIdentificationCode(texts)?.params['code'] ?? ''))
      await key(visitor, character);
    await visitor.getByRole('button', { name: '确认' }).click();
    const attended = visitor.locator('ul[aria-label="我的报名"] .events__card', { hasText: '合同纠纷咨询' });
    await attended.waitFor();
    expect(await attended.locator('.events__status').innerText()).toBe('已签到');
    await attended.getByRole('button', { name: '评价活动' }).click();
    await visitor.getByRole('heading', { name: '请为本次活动打分' }).waitFor();
    await visitor.getByRole('button', { name: /4 分/u }).click();
    for (const [letters, pick] of [
      ['hen', '很'],
      ['shiyong', '实用'],
    ] as const) {
      for (const character of letters) await key(visitor, character);
      await visitor
        .locator('.keyboard__candidates')
        .getByRole('button', { name: pick, exact: true })
        .first()
        .click();
    }
    await kioskScreen(visitor, 'kiosk-feedback');
    await visitor.getByRole('button', { name: '提交评价' }).click();
    await visitor.getByText('感谢您的评价。').waitFor();
    await expect
      .poll(async () => {
        const answer = await api.get<{ feedback: { count: number; comments: string[] } }>(
          `/api/service-centre/events/${event.eventId}`,
        );
        return answer.body.feedback;
      })
      // One answer is counted, but shown to staff only in a group of three (docs: Feedback).
      .toMatchObject({ count: 1, withheld: 'too-few', comments: [] });
    await kiosk.close();
  });
});
