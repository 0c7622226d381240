import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '@qinqing/tools/browser';
import { OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { checkKioskScreen, KIOSK_PORTRAIT, pressKioskButton } from '../support/kiosk-screens';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
/** Demo: 宁波鄞州康源生物科技有限公司, a general penalty past its minimum (可申请修复); mobile 15857403456. */
const KANGYUAN = '91330212MA2J1C6T17';
const SHOTS = 'test-results/kiosk';
const PORTRAIT = KIOSK_PORTRAIT;

/**
 * The kiosk's credit screens in Chromium against the one-process platform with its demo data: 我的企业信用
 * after identification (records, statuses, repairable-from dates), an objection and a repair application with
 * the credit commitment, typed on the pinyin keyboard. Every step: axe (no serious or critical findings),
 * touch targets ≥ 48 px, screenshots in both orientations under test-results/kiosk/.
 */
describe.skipIf(inject('chromiumPath') === null)('kiosk credit screens in Chromium', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  const texts: OutboundTextMessage[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    // No SMS gateway here: the outbound-message port is watched instead.
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

  /** Checks the screen in both orientations (axe, touch targets) and saves both screenshots. */
  const screen = (page: Page, name: string) => checkKioskScreen(page, SHOTS, name);
  const key = pressKioskButton;
  const typeKeys = async (page: Page, text: string) => {
    for (const character of text) await key(page, character);
  };
  const pinyin = async (page: Page, letters: string, pick: string) => {
    await typeKeys(page, letters);
    await page
      .locator('.keyboard__candidates')
      .getByRole('button', { name: pick, exact: true })
      .first()
      .click();
  };
  const next = (page: Page) => page.getByRole('button', { name: '下一步 →' }).click();

  const provisionedContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: PORTRAIT, baseURL: server.baseUrl });
    const response = await context.request.post('/api/kiosk/device-session', {
      data: { credential: CREDENTIAL },
    });
    expect(response.status()).toBe(200);
    return context;
  };

  /** 我的企业信用 from the home screen: the credit code, the texted code, the enterprise's own file. */
  const identify = async (page: Page, creditCode: string) => {
    await page.getByRole('button', { name: /我的企业信用/u }).click();
    await page.getByRole('heading', { name: '我的企业信用' }).waitFor();
    await typeKeys(page, creditCode);
    await expect.poll(() => page.locator('#credit-code-message').textContent()).toContain('代码正确');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => page.locator('#code-sent-to').textContent()).toContain('158****3456');
    await typeKeys(page, String(lastIdentificationCode(texts)?.params['code'] ?? ''));
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByRole('heading', { name: '信用记录' }).waitFor();
  };

  it('我的企业信用: identifies the enterprise, shows its records, files an objection and a repair application', async () => {
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /我的企业信用/u }).waitFor();
    await screen(page, 'credit-home');
    await identify(page, KANGYUAN);

    const record = page.locator('.credit__record', { hasText: '甬鄞市监罚〔演示〕102号' });
    expect(await record.locator('.credit__status').innerText()).toBe('可申请修复');
    const facts = await record.locator('dl.facts').innerText();
    expect(facts).toMatch(/公示至\s*\d{4}-\d{2}-\d{2}/u);
    expect(facts).toMatch(/可申请修复日期\s*\d{4}-\d{2}-\d{2}/u);
    expect(await page.locator('.credit').innerText()).not.toContain('演示案卷');
    await screen(page, 'credit-overview');

    // An objection: no grounds is refused beside the field; then typed on the pinyin keyboard.
    await record.getByRole('button', { name: '提出异议' }).click();
    await page.getByRole('heading', { name: '对信用记录提出异议' }).waitFor();
    await next(page);
    await expect.poll(() => page.locator('#typed-grounds-error').textContent()).toContain('异议理由');
    await screen(page, 'credit-objection-grounds');
    await pinyin(page, 'fakuan', '罚款');
    await pinyin(page, 'yijing', '已经');
    await pinyin(page, 'jiaona', '缴纳');
    await next(page);
    await page.getByRole('heading', { name: '请核对后提交' }).waitFor();
    expect(await page.locator('.review').innerText()).toContain('罚款已经缴纳');
    await screen(page, 'credit-objection-review');
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('heading', { name: '异议已提交' }).waitFor();
    expect(await page.locator('p[role=status]').innerText()).toMatch(
      /异议编号 \S+。将在 \d{4}-\d{2}-\d{2} 前处理并答复/u,
    );
    await screen(page, 'credit-objection-filed');
    await page.getByRole('button', { name: '返回我的企业信用' }).click();
    await page.getByRole('heading', { name: '我的异议和修复申请' }).waitFor();
    expect(await record.getByRole('button', { name: '提出异议' }).count()).toBe(0);

    // A repair application with the credit commitment, signed by name and position.
    await record.getByRole('button', { name: '申请信用修复' }).click();
    await page.getByRole('heading', { name: '申请信用修复' }).waitFor();
    await pinyin(page, 'fakuan', '罚款');
    await pinyin(page, 'yijing', '已经');
    await pinyin(page, 'jiaona', '缴纳');
    await screen(page, 'credit-repair-evidence');
    await next(page);
    await page.getByRole('heading', { name: '信用承诺书' }).waitFor();
    expect(await page.locator('.credit__text').innerText()).toContain(
      '本企业就申请信用修复的失信信息郑重承诺',
    );
    await screen(page, 'credit-repair-commitment');
    await next(page);
    await pinyin(page, 'zhang', '张');
    await pinyin(page, 'ming', '明');
    await screen(page, 'credit-repair-name');
    await next(page);
    await pinyin(page, 'jingli', '经理');
    await next(page);
    expect(await page.locator('.review').innerText()).toContain('张明');
    await screen(page, 'credit-repair-review');
    await page.getByRole('button', { name: '签署承诺并提交申请' }).click();
    await page.getByRole('heading', { name: '修复申请已提交' }).waitFor();
    await screen(page, 'credit-repair-applied');
    await page.getByRole('button', { name: '返回我的企业信用' }).click();
    const cases = page.locator('.liaison__problems');
    await expect.poll(() => cases.innerText()).toContain('修复申请 甬鄞市监罚〔演示〕102号');
    expect(await record.getByRole('button', { name: '申请信用修复' }).count()).toBe(0);
    await page.getByRole('button', { name: '大字模式' }).click();
    await screen(page, 'credit-overview-elder');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => record.locator('.credit__status').innerText()).toBe('Repairable');
    await screen(page, 'credit-overview-english');
    await context.close();
  });

  it('红黑榜: shows the current board without identification', async () => {
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /红黑榜/u }).click();
    await page.getByRole('heading', { name: '诚信红黑榜' }).waitFor();
    await expect.poll(() => page.locator('.board__list').count()).toBe(2);
    const lead = await page.locator('.board .lead').innerText();
    expect(lead).toMatch(/^\d{4}-Q\d（\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}），\d{4}-\d{2}-\d{2} 发布$/u);
    expect(await page.locator('#board-black').innerText()).toMatch(/黑榜（失信公示）（[1-9]\d*）/u);
    // Nobody was identified, and nothing personal is on it.
    const me = (await (await context.request.get('/api/auth/me')).json()) as { actor: { kind: string } };
    expect(me.actor.kind).toBe('kiosk-device');
    await screen(page, 'credit-board');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Red and black lists' }).waitFor();
    await screen(page, 'credit-board-english');
    await context.close();
  });

  it('廉洁承诺: the identified enterprise reads the pledge and signs it; the name is masked afterwards', async () => {
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await identify(page, KANGYUAN);
    await page.getByRole('button', { name: '签署廉洁承诺' }).click();
    await expect.poll(() => page.locator('.credit__text').innerText()).toContain('廉洁');
    await screen(page, 'credit-pledge-text');
    await next(page);
    await next(page);
    await expect.poll(() => page.locator('#typed-signatoryName-error').textContent()).toContain('签署人姓名');
    await pinyin(page, 'zhang', '张');
    await pinyin(page, 'ming', '明');
    await next(page);
    await pinyin(page, 'jingli', '经理');
    await screen(page, 'credit-pledge-position');
    await next(page);
    await screen(page, 'credit-pledge-review');
    await page.getByRole('button', { name: '确认签署' }).click();
    await page.getByRole('heading', { name: '廉洁承诺已签署' }).waitFor();
    const signed = await page.locator('p[role=status]').innerText();
    expect(signed).toContain('张*（经理）');
    expect(signed).not.toContain('张明');
    await screen(page, 'credit-pledge-signed');
    await page.getByRole('button', { name: '返回我的企业信用' }).click();
    await expect.poll(() => page.locator('.credit__pledge').innerText()).toContain('张*');
    await context.close();
  });
});
