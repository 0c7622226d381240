import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '@qinqing/tools/browser';
import { OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { checkKioskScreen, KIOSK_PORTRAIT, pressKioskButton } from '../support/kiosk-screens';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
/** Demo: 宁波海曙甬创智能制造有限公司 (C3491, medium, key backbone, 海曙区); mobile 13805741234. */
const YONGCHUANG = '91330203MA2H5K7P7A';
const SHOTS = 'test-results/kiosk';
const PORTRAIT = KIOSK_PORTRAIT;

/**
 * 惠企政策 at the kiosk in Chromium against the one-process platform with its demo data: the library by topic,
 * then the policies pushed to an identified enterprise, each with why. Every step: axe (no serious or critical
 * findings), touch targets ≥ 48 px, screenshots in both orientations under test-results/kiosk/.
 */
describe.skipIf(inject('chromiumPath') === null)('kiosk policy screens in Chromium', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  const texts: OutboundTextMessage[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    await server.app.get(EventSourcingHost).settle();
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

  const screen = (page: Page, name: string) => checkKioskScreen(page, SHOTS, name);
  const key = pressKioskButton;

  it('惠企政策: searches the library by topic, then shows the identified enterprise its policies and why', async () => {
    const context = await browser.newContext({ viewport: PORTRAIT, baseURL: server.baseUrl });
    expect(
      (
        await context.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })
      ).status(),
    ).toBe(200);
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /惠企政策/u }).click();
    await page.getByRole('heading', { name: '惠企政策', level: 1 }).waitFor();
    await page.locator('.policy-card').first().waitFor();
    expect(await page.locator('.policy-card').count()).toBe(4);
    await screen(page, 'policies-library');

    await page.getByRole('button', { name: '就业', exact: true }).click();
    await expect.poll(() => page.locator('.policy-card').count()).toBe(1);
    expect(await page.locator('.policy-card').innerText()).toContain('甬人社发〔2026〕22号');

    // A keyword typed on the pinyin keyboard: 贷款 finds the relief measures (loan interest subsidies).
    await page.getByRole('button', { name: '输入关键词' }).click();
    for (const letter of 'daikuan') await key(page, letter);
    await page
      .locator('.keyboard__candidates')
      .getByRole('button', { name: '贷款', exact: true })
      .first()
      .click();
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.locator('.policy-card').count()).toBe(1);
    expect(await page.locator('.policy-card').innerText()).toContain('甬政办发〔2026〕31号');
    await screen(page, 'policies-keyword');

    await page.getByRole('button', { name: '本企业适用的政策' }).click();
    for (const character of YONGCHUANG) await key(page, character);
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => page.locator('#code-sent-to').textContent()).toContain('138****1234');
    for (const character of String(lastIdentificationCode(texts)?.params['code'] ?? ''))
      await key(page, character);
    await page.getByRole('button', { name: '确认' }).click();
    await page.locator('.policy-card__why').first().waitFor();
    const whys = await page.locator('.policy-card__why').allInnerTexts();
    expect(whys).toEqual(
      expect.arrayContaining([
        expect.stringContaining('制造业 C · 中型 · 宁波市 330200'),
        expect.stringContaining('宁波市 330200 · 重点骨干企业'),
      ]),
    );
    await screen(page, 'policies-mine');

    await page.getByRole('button', { name: '查看全文' }).first().click();
    await page.getByRole('button', { name: '返回列表' }).waitFor();
    await screen(page, 'policies-full-text');
    await context.close();
  });
});
