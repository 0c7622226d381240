import { mkdirSync } from 'node:fs';
import type { TrackedRequest } from '@qinqing/appeals/contracts';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  request,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '@qinqing/tools/browser';
import { OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { checkKioskScreen, KIOSK_PORTRAIT, pressKioskButton } from '../support/kiosk-screens';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
const GOOD_CODE = '91330203MA2H5K7P7A';
const SHOTS = 'test-results/kiosk';
const PORTRAIT = KIOSK_PORTRAIT;

/**
 * The kiosk in real Chromium against the whole platform (demo data, in-memory PGlite, built UI): provisioning,
 * filing with the live credit-code check and pinyin input, receipt with QR, tracking, rating after an answer,
 * the idle wipe, and the offline queue filing exactly once. Every screen: axe (no serious/critical findings),
 * touch targets ≥ 48 px and a screenshot in both orientations under test-results/kiosk/.
 */
describe.skipIf(inject('chromiumPath') === null)('kiosk in Chromium', () => {
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

  /** Checks the screen in both orientations (axe, touch targets) and saves both screenshots. */
  const screen = (page: Page, name: string) => checkKioskScreen(page, SHOTS, name);

  const key = pressKioskButton;
  const typeKeys = async (page: Page, text: string) => {
    for (const character of text) await key(page, character);
  };
  /** Pinyin letters, then the wanted character or word among the candidates. */
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

  const staff = async (username: string): Promise<APIRequestContext> => {
    const api = await request.newContext({ baseURL: server.baseUrl });
    const login = await api.post('/api/auth/login', { data: { username, password: 'Demo!2026' } });
    expect(login.status()).toBe(200);
    return api;
  };

  /** Fills the whole form from the credit code to the review screen. */
  const fillForm = async (
    page: Page,
    words: readonly [string, string][],
    onScreen: (name: string) => Promise<void> = () => Promise.resolve(),
  ) => {
    await page.getByRole('button', { name: /提交诉求/u }).click();
    await typeKeys(page, GOOD_CODE);
    await expect.poll(() => page.locator('#credit-code-message').textContent()).toContain('代码正确');
    await next(page);
    await pinyin(page, 'ningbo', '宁波');
    await typeKeys(page, 'haishu');
    await onScreen('pinyin-keyboard');
    // No control that does nothing: the speech API needs a cloud service mainland kiosks cannot reach.
    expect(await page.getByRole('button', { name: /语音|Speak/u }).count()).toBe(0);
    await page.locator('.keyboard__candidates').getByRole('button', { name: '海曙', exact: true }).click();
    await pinyin(page, 'gongsi', '公司');
    expect(await page.locator('#enterprise-name').inputValue()).toBe('宁波海曙公司');
    await next(page);
    await page.getByRole('radio', { name: '审批许可' }).click();
    await onScreen('category');
    await next(page);
    // Whole words from the build-time dictionary, the platform's own words first.
    for (const [letters, word] of [
      ['fazhan', '发展'],
      ['huanjing', '环境'],
      ['yingshang', '营商'],
      ['zhongguo', '中国'],
    ] as const) {
      await typeKeys(page, letters);
      await expect
        .poll(() => page.locator('.keyboard__candidates .candidate').first().textContent())
        .toBe(word);
      for (let i = 0; i < letters.length; i += 1) await key(page, '⌫ 删除');
    }
    for (const [letters, pick] of words) await pinyin(page, letters, pick);
    await onScreen('description');
    await next(page);
    // PIPL art. 17: purpose, who sees it and how long it is kept, before the contact details are asked for.
    const notice = await page.locator('.privacy').innerText();
    for (const part of ['用途', '谁能看到', '保存多久', '138****1234']) expect(notice).toContain(part);
    await onScreen('privacy');
    await next(page);
    await pinyin(page, 'zhou', '周');
    await pinyin(page, 'jian', '建');
    await pinyin(page, 'guo', '国');
    expect(await page.locator('#contact-name').inputValue()).toBe('周建国');
    await next(page);
    await typeKeys(page, '13805741234');
    await onScreen('phone');
    await next(page);
  };

  it('provisions, files a request end to end, tracks it, and rates the answer', async () => {
    const context = await browser.newContext({ viewport: PORTRAIT });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/kiosk/`);

    await page.getByRole('heading', { name: /终端登记/u }).waitFor();
    await screen(page, 'provisioning');
    await page.locator('#credential').fill(CREDENTIAL);
    await page.getByRole('button', { name: '登记终端' }).click();
    await page.getByRole('button', { name: /提交诉求/u }).waitFor();
    await screen(page, 'home');
    await page.getByRole('button', { name: '大字模式' }).click();
    await screen(page, 'home-elder');
    await page.getByRole('button', { name: '大字模式' }).click();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await screen(page, 'home-english');
    await page.getByRole('button', { name: '切换到中文' }).click();

    // The wrong 18th character is named, with the one expected.
    await page.getByRole('button', { name: /提交诉求/u }).click();
    await typeKeys(page, '91330203MA2H5K7P7B');
    await expect
      .poll(() => page.locator('#credit-code-message').textContent())
      .toContain('第18位校验码应为“A”，输入的是“B”');
    await screen(page, 'credit-code-wrong');
    // Something typed: ⌂ asks before throwing it away, and "keep going" keeps it.
    await page.getByRole('button', { name: '⌂ 回首页' }).click();
    await page.getByRole('alertdialog', { name: '放弃已填写的内容？' }).waitFor();
    await screen(page, 'leave-dialog');
    await page.getByRole('button', { name: '继续填写' }).click();
    expect(await page.locator('#credit-code').getAttribute('data-value')).toBe('91330203MA2H5K7P7B');
    await page.getByRole('button', { name: '⌂ 回首页' }).click();
    await page.getByRole('button', { name: '放弃并回首页' }).click();

    await fillForm(
      page,
      [
        ['xiaofang', '消防'],
        ['yanshou', '验收'],
        ['zixun', '咨询'],
      ],
      (name) => screen(page, name),
    );
    await screen(page, 'review');
    await page.getByRole('button', { name: '确认提交' }).click();
    const receipt = page.locator('#receipt-code');
    await receipt.waitFor();
    const receiptCode = (await receipt.getAttribute('data-code')) ?? '';
    expect(receiptCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/u);
    await page.getByRole('img', { name: '手机扫码查进度' }).waitFor();
    // The QR code opens the phone tracking page with the code filled in, not the kiosk.
    expect(await page.getByRole('img', { name: '手机扫码查进度' }).getAttribute('data-url')).toBe(
      `${server.baseUrl}/track/?r=${receiptCode}`,
    );
    // The slip names the centre and its hotline, the subject and filing time, and what tracking needs.
    expect(await page.locator('#receipt-centre').textContent()).toBe('海曙区亲清家园');
    expect(await page.locator('#receipt-hotline').textContent()).toBe('服务电话 12345');
    expect(await page.locator('#receipt-subject').textContent()).toBe('消防验收咨询');
    expect(await page.locator('#receipt-filed-at').textContent()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/u,
    );
    expect(await page.locator('#receipt-keep').textContent()).toContain('手机号码后四位');
    await screen(page, 'receipt');
    await page.getByRole('button', { name: '完成，回首页' }).click();

    await page.getByRole('button', { name: /查询进度/u }).click();
    await typeKeys(page, receiptCode);
    await typeKeys(page, '1234');
    await screen(page, 'track');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(() => page.locator('#track-status').textContent()).toBe('已受理');
    expect(await page.locator('#track-timeline').textContent()).not.toBe('');
    // The deadlines that concern the enterprise, each named; no internal clock, no bare "期限".
    expect(await page.locator('.facts dt').allTextContents()).toEqual(['办理状态', '答复期限', '办结期限']);
    await screen(page, 'track-received');

    // The centre hands it to the Market Regulation Bureau, which accepts and answers it.
    const anyone = await request.newContext({ baseURL: server.baseUrl });
    const tracked = (await (
      await anyone.post('/api/appeals/track', { data: { receiptCode, phoneLast4: '1234' } })
    ).json()) as TrackedRequest;
    const wang = await staff('staff.wang');
    const li = await staff('handler.li');
    const path = `/api/appeals/requests/${tracked.requestId}`;
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

    // At the kiosk: the track tile, the code and the four digits.
    await page.getByRole('button', { name: '⌂ 回首页' }).click();
    await page.getByRole('button', { name: /查询进度/u }).click();
    await typeKeys(page, receiptCode);
    await typeKeys(page, '1234');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(() => page.locator('#track-answer').textContent()).toBe('已发送消防验收申请指南。');
    await screen(page, 'track-answered');
    // One tap only chooses: nothing is recorded until the visitor confirms, told it cannot be changed.
    await page.getByRole('button', { name: '非常满意' }).click();
    expect(await page.locator('#rating-final').textContent()).toContain('提交后不能修改');
    const beforeConfirm = (await (
      await anyone.post('/api/appeals/track', { data: { receiptCode, phoneLast4: '1234' } })
    ).json()) as TrackedRequest;
    expect(beforeConfirm.status).toBe('answered');
    await pinyin(page, 'xiexie', '谢谢');
    await screen(page, 'track-rating-confirm');
    await page.getByRole('button', { name: '确认提交评价' }).click();
    await page.getByText('感谢您的评价！').waitFor();
    expect(await page.locator('#track-rating').textContent()).toBe('您已评价：非常满意');
    await screen(page, 'track-rated');
    const after = (await (
      await anyone.post('/api/appeals/track', { data: { receiptCode, phoneLast4: '1234' } })
    ).json()) as TrackedRequest;
    expect(after.status).toBe('rated');
    expect(after.rating).toBe('very-satisfied');
    expect(after.timeline.at(-1)?.summary.zh).toBe('您的评价：非常满意。评价意见：谢谢');
    await Promise.all([anyone.dispose(), wang.dispose(), li.dispose(), context.close()]);
  });

  it('我的联系领导: identifies the enterprise by a code texted to its registered phone, then shows its officials and visit problems', async () => {
    // No SMS gateway here: the outbound-message port is watched instead of the log.
    const texts: OutboundTextMessage[] = [];
    const outbound = server.app.get(OutboundMessages);
    const original = outbound.send.bind(outbound);
    outbound.send = (message) => {
      texts.push(message);
      return original(message);
    };
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.getByRole('button', { name: /我的联系领导/u }).click();
    await page.getByRole('heading', { name: '我的联系领导' }).waitFor();
    await typeKeys(page, GOOD_CODE);
    await expect.poll(() => page.locator('#credit-code-message').textContent()).toContain('代码正确');
    await screen(page, 'liaison-credit-code');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await expect.poll(() => page.locator('#code-sent-to').textContent()).toContain('138****1234');
    const code = String(lastIdentificationCode(texts)?.params['code'] ?? '');
    expect(lastIdentificationCode(texts)?.to).toBe('13805741234');
    expect(code).toMatch(/^\d{6}$/u);
    // A wrong code is refused on screen with the tries left.
    await typeKeys(page, code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.locator('#liaison-error').textContent()).toContain('还可以再试4次');
    await screen(page, 'liaison-code');
    await page.getByRole('button', { name: '清空' }).click();
    await typeKeys(page, code);
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByRole('heading', { name: '联系本企业的领导干部' }).waitFor();
    const record = await page.locator('.liaison__record').innerText();
    for (const part of ['宁波海曙甬创智能制造有限公司', '周建国', '厂区用电增容', '数控技工招聘难']) {
      expect(record).toContain(part);
    }
    expect(record).not.toContain('13805741234');
    await screen(page, 'liaison-record');
    await page.getByRole('button', { name: '大字模式' }).click();
    await screen(page, 'liaison-record-elder');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await screen(page, 'liaison-record-english');
    // ⌂ ends the walk-in: the next visitor is nobody until identified again.
    await page.getByRole('button', { name: /Home/u }).click();
    await expect
      .poll(
        async () =>
          ((await (await context.request.get('/api/auth/me')).json()) as { actor: { kind: string } }).actor
            .kind,
      )
      .toBe('kiosk-device');
    await context.close();
  });

  it('forgets the visitor when idle: storage, IndexedDB, session and forms', async () => {
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/?idle=6');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: /File a request/u }).click();
    await typeKeys(page, '913302');
    // Traces a visitor's browsing could leave behind.
    await page.evaluate(async () => {
      localStorage.setItem('visitor', 'x');
      sessionStorage.setItem('visitor', 'x');
      await new Promise((resolve) => {
        const open = indexedDB.open('visitor-scratch', 1);
        open.onsuccess = () => {
          open.result.close();
          resolve(null);
        };
      });
    });
    expect((await context.cookies()).some((c) => c.name === 'qq_kiosk_walk_in')).toBe(true);
    await page.locator('.idle').waitFor({ timeout: 10_000 });
    await screen(page, 'idle-countdown');
    await page.getByRole('button', { name: /提交诉求/u }).waitFor({ timeout: 15_000 });

    const left = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((db) => db.name),
      search: window.location.search,
    }));
    expect(left).toEqual({
      local: 0,
      session: 0,
      databases: expect.not.arrayContaining(['visitor-scratch']),
      search: '',
    });
    expect(left.databases.every((name) => name === 'kiosk-offline-queue')).toBe(true);
    await expect
      .poll(async () => (await context.cookies()).some((c) => c.name === 'qq_kiosk_walk_in'))
      .toBe(false);
    // The next visitor: Chinese, home, an empty form.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: /提交诉求/u }).click();
    expect(await page.locator('#credit-code').getAttribute('data-value')).toBe('');
    await context.close();
  });

  it('queues a submission while the API is unreachable and files it exactly once', async () => {
    const context = await provisionedContext();
    const page = await context.newPage();
    await page.goto('/kiosk/');
    await page.route('**/api/appeals/requests', (route) => route.abort('internetdisconnected'));
    await fillForm(page, [
      ['rongzi', '融资'],
      ['daikuan', '贷款'],
    ]);
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('#provisional-number').waitFor();
    await screen(page, 'queued');

    // Back, but the first answer is lost on the way: the API filed it, the kiosk did not hear.
    await page.unroute('**/api/appeals/requests');
    let calls = 0;
    const first: { answer: { receiptCode: string } | null } = { answer: null };
    await page.route('**/api/appeals/requests', async (route) => {
      calls += 1;
      if (calls === 1) {
        first.answer = (await (await route.fetch()).json()) as { receiptCode: string };
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    // The replay files the request through the API first: on a busy machine that takes more than a second.
    await expect.poll(() => first.answer).not.toBeNull();
    const replay = page.waitForResponse((r) => r.url().endsWith('/api/appeals/requests'));
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const replayed = (await (await replay).json()) as { receiptCode: string; replayed: boolean };
    expect(replayed.replayed).toBe(true);
    expect(replayed.receiptCode).toBe(first.answer?.receiptCode);
    await expect
      .poll(() => page.locator('#receipt-code').getAttribute('data-code'))
      .toBe(replayed.receiptCode);
    await screen(page, 'queued-then-sent');

    const wang = await staff('staff.wang');
    const list = (await (await wang.get('/api/appeals/requests?pageSize=200')).json()) as {
      items: { title: string }[];
    };
    expect(list.items.filter((item) => item.title === '融资贷款')).toHaveLength(1);
    const queued = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('kiosk-offline-queue', 1);
          open.onsuccess = () => {
            const count = open.result.transaction('submissions').objectStore('submissions').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(queued).toBe(0);
    await Promise.all([wang.dispose(), context.close()]);
  });
});
