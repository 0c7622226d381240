import { mkdirSync } from 'node:fs';
import type { TrackedRequest } from '@qinqing/appeals/contracts';
import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { launchChromium, undersizedTouchTargets } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
const SHOTS = 'test-results/kiosk/steps';
const ORIENTATIONS = [
  ['portrait', { width: 1080, height: 1920 }],
  ['landscape', { width: 1920, height: 1080 }],
] as const;
const MODES = [
  { name: 'standard', elder: false, english: false },
  { name: 'large-text', elder: true, english: false },
  { name: 'english', elder: false, english: true },
  { name: 'english-large-text', elder: true, english: true },
] as const;
type Mode = (typeof MODES)[number];

interface FitProblem {
  readonly what: string;
  readonly detail: string;
}

/**
 * Kiosk users do not scroll: every step of filing, the receipt, tracking and rating is checked in every
 * display mode (standard, large text, English, both) and both orientations. The page must not scroll, the
 * step's content must fit its box, every primary action must lie inside the screen and be what a tap there
 * hits, and touch targets stay ≥ 48 px. Each combination is saved under test-results/kiosk/steps/.
 * The platform's clock stands on a mid-December day, when the resolve date runs into a year whose holiday
 * notice is not loaded: the receipt then carries its tallest content (the 暂定 marks and their note).
 */
describe.skipIf(inject('chromiumPath') === null)('kiosk fits every screen, mode and orientation', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const clock = new ManualClock(new Date('2026-12-15T10:00:00+08:00'));
    [server, browser] = await Promise.all([startEmbeddedTestServer({ clock }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Switches with the top bar (dispatched on the button itself: a dialog may be open over it). */
  const setMode = async (page: Page, mode: Mode): Promise<void> => {
    const elder = await page.evaluate(() => document.documentElement.classList.contains('elder'));
    const english = (await page.evaluate(() => document.documentElement.lang)) === 'en';
    if (english !== mode.english)
      await page
        .getByRole('button', { name: english ? '切换到中文' : 'Switch to English' })
        .dispatchEvent('click');
    if (elder !== mode.elder)
      await page
        .getByRole('button', { name: mode.english ? 'Large text' : '大字模式' })
        .dispatchEvent('click');
  };

  /** What does not fit: page scrolling, content overflowing its box, primary actions off screen or covered. */
  const fitProblems = (page: Page, primary: readonly string[]): Promise<FitProblem[]> =>
    page.evaluate((selectors) => {
      const problems: { what: string; detail: string }[] = [];
      const root = document.documentElement;
      if (root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1)
        problems.push({ what: 'page scrolls', detail: `${root.scrollWidth}×${root.scrollHeight}` });
      for (const box of document.querySelectorAll<HTMLElement>('.step-body, .fit-box')) {
        if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
          problems.push({
            what: 'content overflows',
            detail: `${box.className}: ${box.scrollHeight} > ${box.clientHeight}`,
          });
      }
      for (const selector of selectors) {
        const elements = [...document.querySelectorAll<HTMLElement>(selector)];
        if (elements.length === 0) problems.push({ what: 'missing', detail: selector });
        for (const element of elements) {
          const r = element.getBoundingClientRect();
          const inside =
            r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (!inside || hit === null || !element.contains(hit))
            problems.push({
              what: inside ? 'covered' : 'off screen',
              detail: `${selector} "${(element.textContent ?? '').trim().slice(0, 20)}" at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`,
            });
        }
      }
      return problems;
    }, primary);

  /** One screen in every mode and orientation; leaves the page in the standard mode, portrait. */
  const everyWay = async (page: Page, step: string, primary: readonly string[]): Promise<void> => {
    const found: string[] = [];
    for (const mode of MODES) {
      await setMode(page, mode);
      for (const [orientation, size] of ORIENTATIONS) {
        await page.setViewportSize(size);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        await page.screenshot({ path: `${SHOTS}/${step}-${mode.name}-${orientation}.png` });
        const where = `${step} ${mode.name} ${orientation}`;
        for (const problem of await fitProblems(page, primary))
          found.push(`${where}: ${problem.what} ${problem.detail}`);
        for (const small of await undersizedTouchTargets(page)) found.push(`${where}: small target ${small}`);
      }
    }
    await setMode(page, MODES[0]);
    await page.setViewportSize(ORIENTATIONS[0][1]);
    expect(found).toEqual([]);
  };

  const key = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();
  const typeKeys = async (page: Page, text: string) => {
    for (const character of text) await key(page, character);
  };
  const pick = (page: Page, text: string) =>
    page.locator('.keyboard__candidates').getByRole('button', { name: text, exact: true }).first().click();
  const next = (page: Page) => page.locator('.step-nav .primary').click();
  const NAV = ['.step-nav .primary', '.step-nav .secondary'];

  it('keeps every primary action on screen through filing, the receipt, tracking and rating', async () => {
    const context = await browser.newContext({ viewport: ORIENTATIONS[0][1], baseURL: server.baseUrl });
    expect(
      (await context.request.post('/api/kiosk/device-session', { data: { credential: CREDENTIAL } })).ok(),
    ).toBe(true);
    const page = await context.newPage();
    await page.goto('/kiosk/?idle=900');
    await page.getByRole('button', { name: /提交诉求/u }).waitFor();
    await everyWay(page, '01-home', ['.tile--file', '.tile--track', '.topbar button']);

    await page.getByRole('button', { name: /提交诉求/u }).click();
    await typeKeys(page, '91330203MA2H5K7P7A');
    await everyWay(page, '02-credit-code', ['.step-nav .primary', '.keypad .key--action']);
    await next(page);
    await typeKeys(page, 'ningbo');
    await pick(page, '宁波');
    await typeKeys(page, 'haishu');
    await everyWay(page, '03-name', [...NAV, '.keyboard__candidates .candidate', '.keyboard .key--action']);
    await pick(page, '海曙');
    await next(page);
    await page.getByRole('radio', { name: '审批许可' }).click();
    await everyWay(page, '04-category', [...NAV, '.category']);
    await next(page);
    for (const [letters, word] of [
      ['xiaofang', '消防'],
      ['yanshou', '验收'],
      ['shenqing', '申请'],
      ['cailiao', '材料'],
      ['zixun', '咨询'],
    ] as const) {
      await typeKeys(page, letters);
      await pick(page, word);
    }
    await typeKeys(page, 'xuyao');
    await everyWay(page, '05-description', [
      ...NAV,
      '.keyboard__candidates .candidate',
      '.keyboard .key--action',
    ]);
    await key(page, '⌫ 删除');
    await key(page, '⌫ 删除');
    await key(page, '⌫ 删除');
    await key(page, '⌫ 删除');
    await key(page, '⌫ 删除');
    await next(page);
    await everyWay(page, '06-privacy', [...NAV, '.privacy__list']);
    await next(page);
    for (const [letters, word] of [
      ['zhou', '周'],
      ['jian', '建'],
      ['guo', '国'],
    ] as const) {
      await typeKeys(page, letters);
      await pick(page, word);
    }
    await everyWay(page, '07-contact-name', [...NAV, '.keyboard .key--action']);
    await next(page);
    await typeKeys(page, '13805741234');
    await everyWay(page, '08-phone', [...NAV, '.keypad .key--action']);
    await next(page);
    await everyWay(page, '09-review', [...NAV, '.review__edit button']);

    await page.getByRole('button', { name: '⌂ 回首页' }).click();
    await page.getByRole('alertdialog').waitFor();
    await everyWay(page, '10-leave-dialog', ['.dialog .primary', '.dialog .secondary']);
    await page.getByRole('button', { name: '继续填写' }).click();

    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('#receipt-code').waitFor();
    await page.getByRole('img', { name: '手机扫码查进度' }).waitFor();
    await everyWay(page, '11-receipt', [
      '.receipt .actions .primary',
      '.receipt .actions .secondary',
      '#receipt-code',
      '.qr',
    ]);
    const receiptCode = (await page.locator('#receipt-code').getAttribute('data-code')) ?? '';

    // The centre answers it, so the enterprise can rate it.
    const anyone = await request.newContext({ baseURL: server.baseUrl });
    const tracked = (await (
      await anyone.post('/api/appeals/track', { data: { receiptCode, phoneLast4: '1234' } })
    ).json()) as TrackedRequest;
    const staff = async (username: string) => {
      const api = await request.newContext({ baseURL: server.baseUrl });
      expect((await api.post('/api/auth/login', { data: { username, password: 'Demo!2026' } })).ok()).toBe(
        true,
      );
      return api;
    };
    const [wang, li] = await Promise.all([staff('staff.wang'), staff('handler.li')]);
    const path = `/api/appeals/requests/${tracked.requestId}`;
    expect(
      (
        await wang.post(`${path}/hand-off`, {
          data: { toDepartmentId: 'dept-market-regulation', note: '请答复' },
        })
      ).ok(),
    ).toBe(true);
    expect((await li.post(`${path}/accept`)).ok()).toBe(true);
    expect(
      (
        await li.post(`${path}/resolve`, {
          data: { answer: '已发送消防验收申请指南，材料齐全后5个工作日内组织验收。' },
        })
      ).ok(),
    ).toBe(true);

    await page.locator('.receipt .actions .primary').click();
    await page.getByRole('button', { name: /查询进度/u }).click();
    await typeKeys(page, receiptCode);
    await typeKeys(page, '1234');
    await everyWay(page, '12-track-entry', ['.track .actions .primary', '.keypad .key--action']);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.locator('#track-answer').waitFor();
    await everyWay(page, '13-track-answered', ['.rating__button']);
    await page.getByRole('button', { name: '满意', exact: true }).click();
    await typeKeys(page, 'xiexie');
    await pick(page, '谢谢');
    await everyWay(page, '14-rating-confirm', [
      '.rating--confirm .primary',
      '.rating--confirm .secondary',
      '#rating-final',
    ]);
    await Promise.all([anyone.dispose(), wang.dispose(), li.dispose(), context.close()]);
  });
});
