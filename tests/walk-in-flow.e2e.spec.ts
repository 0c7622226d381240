import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from './support/embedded-test-server';

const CREDENTIAL = 'kiosk-haishu-01.demo-kiosk-haishu-2026';
const CREDIT_CODE = '91330203MA2H5K7P7A';
const PHONE = '13805741234';
const PASSWORD = 'Demo!2026';
const DESCRIPTION = '消防验收咨询';
const ANSWER = '已发送消防验收申请指南，材料齐全后5个工作日内组织验收。';
const DEPARTMENT = '市场监管局';

interface Satisfaction {
  readonly satisfied: number;
  readonly rated: number;
}

/**
 * One walk-in, start to finish, through the two real UIs in one Chromium against the whole platform (demo
 * data, in-memory PGlite, built UI): filed at the kiosk, handed off by the centre's staff, accepted and
 * resolved by 市场监管局 in the console, tracked and rated 非常满意 back at the kiosk, and counted on the
 * dashboard's satisfaction rate. No API shortcuts: every step is a click or a key on a screen.
 */
describe.skipIf(inject('chromiumPath') === null)('walk-in flow: kiosk → console → kiosk → dashboard', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  let kioskContext: BrowserContext;
  let deskContext: BrowserContext;
  let kiosk: Page;
  let desk: Page;
  let receiptCode = '';
  let before: Satisfaction = { satisfied: 0, rated: 0 };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
    kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
    deskContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    [kiosk, desk] = await Promise.all([kioskContext.newPage(), deskContext.newPage()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // ---- Kiosk: keypads and the pinyin keyboard, as in tests/kiosk ----
  const key = (name: string) => kiosk.getByRole('button', { name, exact: true }).click();
  const typeKeys = async (text: string) => {
    for (const character of text) await key(character);
  };
  /** Pinyin letters, then the wanted word among the candidates. */
  const pinyin = async (letters: string, pick: string) => {
    await typeKeys(letters);
    await kiosk
      .locator('.keyboard__candidates')
      .getByRole('button', { name: pick, exact: true })
      .first()
      .click();
  };
  const next = () => kiosk.getByRole('button', { name: '下一步 →' }).click();

  // ---- Console ----
  const logIn = async (username: string) => {
    await desk.getByLabel('用户名').fill(username);
    await desk.getByLabel('密码').fill(PASSWORD);
    await desk.getByRole('button', { name: '登录' }).click();
    await desk.getByRole('navigation', { name: '主导航' }).waitFor();
  };
  const logOut = async () => {
    await desk.getByRole('button', { name: '退出', exact: true }).click();
    await desk.getByRole('button', { name: '登录' }).waitFor();
  };
  /** The <dd> after a <dt> in the detail's facts. */
  const fact = (label: string): Locator =>
    desk
      .locator('.facts dt', { hasText: new RegExp(`^${label}$`, 'u') })
      .locator('xpath=following-sibling::dd[1]');
  const inboxRow = (): Locator => desk.locator('table.inbox tbody tr', { hasText: DESCRIPTION });
  /**
   * Opens the request from the inbox by its title. The receipt code is a proof of the enterprise: only the
   * receiving centre's staff (who printed it) see it, so the department and the supervisor do not.
   */
  const openFromInbox = async (seesReceiptCode: boolean) => {
    await desk.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '诉求列表' }).click();
    await inboxRow().waitFor();
    expect((await inboxRow().innerText()).includes(receiptCode)).toBe(seesReceiptCode);
    await inboxRow().getByRole('link').click();
    await desk.getByRole('heading', { name: '可执行的操作' }).waitFor();
    if (seesReceiptCode) expect(await fact('回执码').innerText()).toBe(receiptCode);
    else expect(await fact('回执码').count()).toBe(0);
  };
  const actions = () => desk.getByRole('region', { name: '可执行的操作' });
  /** Opens an action's form, fills it and confirms; waits for the console's "done" notice. */
  const act = async (action: string, fill: (form: Locator) => Promise<void> = () => Promise.resolve()) => {
    await actions().getByRole('button', { name: action, exact: true }).click();
    const form = desk.getByRole('form', { name: action });
    await fill(form);
    await form.getByRole('button', { name: /^确认/u }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: `${action}：已完成` })
      .waitFor();
  };
  /** The dashboard for this month; 市场监管局's satisfaction figure, read from the table. */
  const satisfaction = async (): Promise<Satisfaction> => {
    await desk.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '评议统计' }).click();
    await desk.locator('table.rates').waitFor();
    const answered = desk.waitForResponse(
      (r) => r.url().includes('/api/appeals/rates') && /from=\d{4}-\d{2}-01&/u.test(r.url()),
    );
    await desk.getByRole('radio', { name: '本月' }).check();
    const rates = (await (await answered).json()) as {
      departments: { unitId: string; satisfactionRate: { numerator: number; denominator: number } }[];
    };
    const expected = rates.departments.find((d) => d.unitId === 'dept-market-regulation')?.satisfactionRate;
    expect(expected, `${DEPARTMENT} in this month's rates`).toBeDefined();
    expect(await desk.locator('p.muted[role=status]').innerText()).toMatch(
      /^\d{4}-\d{2}-01 — \d{4}-\d{2}-\d{2}$/u,
    );
    // The last column of 市场监管局's row: "100% (1/1)" or "—" when nothing was rated.
    const cell = desk
      .locator('table.rates tbody tr', {
        has: desk.getByRole('rowheader', { name: DEPARTMENT, exact: true }),
      })
      .locator('td')
      .last();
    const { numerator, denominator } = expected ?? { numerator: 0, denominator: 0 };
    const text =
      denominator === 0
        ? '—'
        : `${Math.round((numerator / denominator) * 100)}% (${numerator}/${denominator})`;
    // The table follows the answer a moment later; it must show exactly what the API said.
    await expect.poll(() => cell.innerText()).toBe(text);
    const figures = /\((\d+)\/(\d+)\)$/u.exec(await cell.innerText());
    return figures === null
      ? { satisfied: 0, rated: 0 }
      : { satisfied: Number(figures[1]), rated: Number(figures[2]) };
  };

  it('1. kiosk: provisions, and a walk-in files a request step by step and gets a receipt code', async () => {
    await kiosk.goto(`${server.baseUrl}/kiosk/`);
    await kiosk.getByRole('heading', { name: /终端登记/u }).waitFor();
    await kiosk.locator('#credential').fill(CREDENTIAL);
    await kiosk.getByRole('button', { name: '登记终端' }).click();

    await kiosk.getByRole('button', { name: /提交诉求/u }).click();
    await typeKeys(CREDIT_CODE);
    await expect.poll(() => kiosk.locator('#credit-code-message').textContent()).toContain('代码正确');
    await next();
    await pinyin('ningbo', '宁波');
    await pinyin('haishu', '海曙');
    await pinyin('gongsi', '公司');
    expect(await kiosk.locator('#enterprise-name').inputValue()).toBe('宁波海曙公司');
    await next();
    await kiosk.getByRole('radio', { name: '审批许可' }).click();
    expect(await kiosk.getByRole('radio', { name: '审批许可' }).getAttribute('aria-checked')).toBe('true');
    await next();
    await pinyin('xiaofang', '消防');
    await pinyin('yanshou', '验收');
    await pinyin('zixun', '咨询');
    expect(await kiosk.locator('#description').inputValue()).toBe(DESCRIPTION);
    await next();
    // The privacy notice (PIPL art. 17) before the contact details.
    await kiosk.getByRole('heading', { name: '联系人信息如何使用' }).waitFor();
    await next();
    await pinyin('zhou', '周');
    await pinyin('jian', '建');
    await pinyin('guo', '国');
    expect(await kiosk.locator('#contact-name').inputValue()).toBe('周建国');
    await next();
    await typeKeys(PHONE);
    await next();

    const review = await kiosk.locator('dl.review').innerText();
    for (const shown of [CREDIT_CODE, '宁波海曙公司', '审批许可', DESCRIPTION, '周建国', PHONE]) {
      expect(review).toContain(shown);
    }
    await kiosk.getByRole('button', { name: '确认提交' }).click();
    const receipt = kiosk.locator('#receipt-code');
    await receipt.waitFor();
    receiptCode = (await receipt.getAttribute('data-code')) ?? '';
    expect(receiptCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/u);
    expect((await receipt.innerText()).replace(/\s/gu, '')).toBe(receiptCode);
    expect(await seriousAccessibilityFindings(kiosk), 'kiosk receipt: axe').toEqual([]);
    await kiosk.getByRole('button', { name: '完成，回首页' }).click();
    await kiosk.getByRole('button', { name: /查询进度/u }).waitFor();
  });

  it('2. console: staff.wang finds it in the inbox and hands it off to 市场监管局', async () => {
    await desk.goto(`${server.baseUrl}/console/`);
    await logIn('staff.wang');
    await inboxRow().waitFor();
    const row = await inboxRow().innerText();
    expect(row).toContain(DESCRIPTION);
    expect(row).toContain('宁波海曙公司');
    expect(row).toContain('待转办');

    await openFromInbox(true);
    expect(await fact('状态').innerText()).toBe('待转办');
    expect(await fact('联系人').innerText()).toBe(`周建国 ${PHONE}`);
    await act('转办', async (form) => {
      await form.getByLabel('承办部门').selectOption({ label: DEPARTMENT });
      await form.getByLabel('转办说明').fill('请市场监管局答复消防验收事项');
    });
    await expect.poll(() => fact('状态').innerText()).toBe('待部门签收');
    expect(await fact('承办部门').innerText()).toContain(`待签收: ${DEPARTMENT}`);
    expect(await desk.locator('.timeline').innerText()).toContain(DEPARTMENT);
    expect(await seriousAccessibilityFindings(desk), 'console detail: axe').toEqual([]);
  });

  it('3. console: handler.li accepts and resolves it with an answer', async () => {
    await logOut();
    await logIn('handler.li');
    await inboxRow().waitFor();
    expect(await inboxRow().innerText()).toContain('待部门签收');

    await openFromInbox(false);
    await act('签收');
    await expect.poll(() => fact('状态').innerText()).toBe('办理中');
    expect(await fact('承办部门').innerText()).toBe(DEPARTMENT);
    await act('办结', (form) => form.getByLabel('办理结果').fill(ANSWER));
    await expect.poll(() => fact('状态').innerText()).toBe('已答复');
    expect(await desk.locator('.prose').last().innerText()).toBe(ANSWER);

    // The satisfaction figure before the walk-in rates the answer.
    before = await satisfaction();
  });

  it('4. kiosk: tracks with the receipt code and the last four digits, sees the answer, rates 非常满意', async () => {
    await kiosk.getByRole('button', { name: /查询进度/u }).click();
    await typeKeys(receiptCode);
    await typeKeys(PHONE.slice(-4));
    expect(await kiosk.locator('#track-code').textContent()).toBe(receiptCode);
    await kiosk.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(() => kiosk.locator('#track-status').textContent()).toBe('已办结');
    expect(await kiosk.locator('#track-answer').textContent()).toBe(ANSWER);
    expect(await kiosk.getByRole('heading', { level: 1 }).textContent()).toBe(DESCRIPTION);

    await kiosk.getByRole('button', { name: '非常满意' }).click();
    await kiosk.getByRole('button', { name: '确认提交评价' }).click();
    await kiosk.getByText('感谢您的评价！').waitFor();
    await expect.poll(() => kiosk.locator('#track-status').textContent()).toBe('已办结，已评价');
    await expect.poll(() => kiosk.getByRole('button', { name: '非常满意' }).count()).toBe(0);
    expect(await seriousAccessibilityFindings(kiosk), 'kiosk track: axe').toEqual([]);
  });

  it("5. console: supervisor.chen sees the rating and 市场监管局's satisfaction figure move", async () => {
    await logOut();
    await logIn('supervisor.chen');
    await openFromInbox(false);
    expect(await fact('状态').innerText()).toBe('已评价');
    expect(await fact('评价').innerText()).toBe('非常满意');

    const after = await satisfaction();
    expect(after).toEqual({ satisfied: before.satisfied + 1, rated: before.rated + 1 });
    expect(await seriousAccessibilityFindings(desk), 'console dashboard: axe').toEqual([]);
  });
});
