import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
// Vitest runs from the repository root.
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';
const TITLE = `电话代办：厂房消防验收咨询 ${Date.now()}`;

/**
 * The staff console in real Chromium against the whole platform with demo data: each role's work, the
 * clocks, the actions allowed, filing for a caller, the dashboard moving after a rating, administration;
 * axe-core on every screen and a screenshot of each under test-results/console/.
 */
describe.skipIf(chromiumPath === null)('staff console', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  let requestId = '';
  let receiptCode = '';
  let ratesBefore = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    return page;
  };

  const logIn = async (username: string): Promise<Page> => {
    const page = await open();
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    return page;
  };

  /** Axe-core finds nothing serious or critical, and the screen is kept for a look. */
  const checkScreen = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(await seriousAccessibilityFindings(page), name).toEqual([]);
  };

  const go = async (page: Page, hash: string, ready: string): Promise<void> => {
    await page.goto(`${server.baseUrl}/console/${hash}`);
    await page.waitForSelector(ready);
  };

  const ratesRow = async (page: Page): Promise<string> => {
    await go(page, '#/dashboard', 'table.rates');
    return (await page.locator('table.rates tr', { hasText: '市场监管局' }).innerText()).trim();
  };

  it('refuses a wrong password with the bilingual error', async () => {
    const page = await open();
    await checkScreen(page, '01-login');
    await page.fill('#username', 'handler.li');
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('用户名或密码错误');
    expect(await alert.innerText()).toContain('Wrong username or password');
    await checkScreen(page, '02-login-error');
    await page.context().close();
  });

  it('lets service staff file a request for a caller and hand it to 市场监管局', async () => {
    const page = await logIn('staff.wang');
    await page.waitForSelector('table.inbox');
    await checkScreen(page, '03-inbox-staff');
    ratesBefore = await ratesRow(page);

    await go(page, '#/file', '#file-creditCode');
    await page.fill('#file-creditCode', '91330203MA2H5K');
    expect(await page.locator('#file-creditCode-error').innerText()).toContain('还差4位');
    await page.fill('#file-creditCode', '91330203MA2H5K7P7A');
    await expect.poll(() => page.locator('#file-creditCode-error').count()).toBe(0);
    await page.fill('#file-enterpriseName', '宁波海曙甬创智能制造有限公司');
    await page.fill('#file-contactName', '周建国');
    await page.fill('#file-phone', '13805741234');
    await page.selectOption('#file-channel', 'staff-phone');
    await page.selectOption('#file-category', 'approval-permits');
    await page.fill('#file-title', TITLE);
    await page.fill('#file-description', '新建二期厂房即将竣工，来电咨询消防验收的申请材料和办理时限。');
    await checkScreen(page, '04-file-request');
    await page.click('button[type=submit]');
    const receipt = page.locator('.receipt');
    await receipt.waitFor();
    receiptCode = (await receipt.innerText()).trim();
    expect(receiptCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/u);
    await checkScreen(page, '05-filed');

    // The receiving centre finds it by its receipt code (and by the enterprise's name or code).
    await go(page, '#/', 'table.inbox');
    await page.selectOption('#search-field', 'receiptCode');
    await page.fill('#search-text', receiptCode.toLowerCase());
    await page.click('form[role=search] button[type=submit]');
    await expect.poll(() => page.locator('table.inbox tbody tr').count()).toBe(1);
    expect(await page.locator('table.inbox tbody').innerText()).toContain(TITLE);
    expect(await page.locator('a:has-text("导出 CSV")').first().getAttribute('href')).toBe(
      `/api/appeals/requests.csv?receiptCode=${receiptCode.toLowerCase()}`,
    );
    await checkScreen(page, '05a-inbox-search');
    await page.selectOption('#search-field', 'enterprise');
    await page.fill('#search-text', '甬创智能');
    await page.click('form[role=search] button[type=submit]');
    await expect.poll(() => page.locator('table.inbox', { hasText: TITLE }).count()).toBe(1);
    await page.click(`table.inbox a:has-text("${TITLE}")`);
    await page.waitForSelector('#actions-heading');
    requestId = decodeURIComponent(new URL(page.url()).hash.replace('#/requests/', ''));
    expect(await page.locator('.facts').innerText()).toContain('电话受理');
    await page.click('button:has-text("转办")');
    await page.click('.action-form button[type=submit]');
    expect(await page.locator('#action-hand-off-toDepartmentId-error').innerText()).toContain('承办部门');
    await page.selectOption('#action-hand-off-toDepartmentId', 'dept-market-regulation');
    await page.fill('#action-hand-off-note', '请市场监管局答复消防验收事项');
    await page.click('.action-form button[type=submit]');
    await page.waitForSelector('.notice--ok');
    // The notice comes with the answer; the request is read again after it.
    await expect.poll(() => page.locator('.timeline').innerText()).toContain('市场监管局');
    await checkScreen(page, '06-detail-handed-off');
    await page.context().close();
  });

  it('shows handler.li the request with overdue ones first; he accepts and resolves it', async () => {
    const page = await logIn('handler.li');
    await page.waitForSelector('table.inbox tbody tr');
    const overdueFlags = await page
      .locator('table.inbox tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.classList.contains('inbox__row--overdue')));
    expect(overdueFlags).toContain(true);
    expect(overdueFlags.indexOf(false)).toBeGreaterThan(overdueFlags.lastIndexOf(true));
    await expect.poll(() => page.locator('table.inbox', { hasText: TITLE }).count()).toBe(1);
    await checkScreen(page, '07-inbox-handler');

    await page.click(`a:has-text("${TITLE}")`);
    await page.waitForSelector('#actions-heading');
    // The hand-off note reaches the department, in a timeline written to staff.
    const timeline = await page.locator('.timeline').innerText();
    expect(timeline).toContain('海曙区亲清家园受理诉求');
    expect(timeline).toContain('转办说明：请市场监管局答复消防验收事项');
    expect(timeline).not.toContain('您的诉求');
    await page.click('.action-buttons button:has-text("签收")');
    await page.click('.action-form button[type=submit]');
    await page.waitForSelector('.notice--ok');
    await page.click('.action-buttons button:has-text("办结")');
    await page.fill('#action-resolve-answer', '已发送消防验收申请指南，材料齐全后5个工作日内组织验收。');
    await page.click('.action-form button[type=submit]');
    await expect.poll(() => page.locator('.facts').innerText()).toContain('已答复');
    // 首问负责: the centre stays the first receiver after the department accepted it.
    const fact = (term: string) => page.locator(`.facts dt:text-is("${term}") + dd`).innerText();
    expect(await fact('首问责任单位')).toBe('海曙区亲清家园');
    expect(await fact('当前责任单位')).toBe('市场监管局');
    await checkScreen(page, '08-detail-resolved');
    await page.context().close();
  });

  it('hides the request from a handler of another department', async () => {
    const page = await logIn('handler.zhao');
    await page.waitForSelector('table.inbox');
    expect(await page.locator('table.inbox', { hasText: TITLE }).count()).toBe(0);
    await go(page, `#/requests/${encodeURIComponent(requestId)}`, '.notice--error');
    await page.context().close();
  });

  it('shows the supervisor overdue requests and lets him close a supervision order', async () => {
    const page = await logIn('supervisor.chen');
    // Supervisors see phones masked and are not the receiving centre: no search by phone or receipt code.
    expect(await page.locator('#search-field option').allTextContents()).toEqual(['企业名称或信用代码']);
    await page.selectOption('#filter-overdue', 'true');
    await page.waitForSelector('table.inbox tbody tr');
    await expect.poll(() => page.locator('table.inbox tbody tr:not(.inbox__row--overdue)').count()).toBe(0);
    await checkScreen(page, '09-inbox-supervisor');
    await page.click('table.inbox tbody tr:has(.tag--supervision) a');
    await page.waitForSelector('#actions-heading');
    // Supervision orders by number and subject, never by their internal ids.
    const orders = await page.locator('#orders-heading + ul').innerText();
    expect(orders).toMatch(/第1号 · (签收|首次答复|办结)超期/u);
    const shownId = decodeURIComponent(new URL(page.url()).hash.replace('#/requests/', ''));
    expect(orders).not.toContain(shownId);
    expect(await page.locator('.timeline').innerText()).not.toContain(shownId);
    await page.click('.action-buttons button:has-text("督办销号")');
    await page.fill('#action-close-supervision-conclusion', '部门已说明原因并限期办理，督办销号。');
    // 销号结果 left on 请选择: the field to choose is named, never the schema's internal values.
    await page.click('.action-form button[type=submit]');
    expect(await page.locator('#action-close-supervision-outcome-error').innerText()).toBe('请选择销号结果');
    await page.selectOption('#action-close-supervision-outcome', 'rectified');
    await checkScreen(page, '10-detail-supervision');
    await page.click('.action-form button[type=submit]');
    await page.waitForSelector('.notice--ok');
    await expect.poll(() => page.locator('#orders-heading + ul').innerText()).toContain('已销号');
    await page.context().close();
  });

  it('moves the dashboard rates after the resolution and the rating', async () => {
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.baseUrl}/api${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
    };
    const proof = { receiptCode, phoneLast4: '1234' };
    await post('/appeals/track', proof);
    await post(`/appeals/requests/${requestId}/rate`, {
      ...proof,
      rating: 'very-satisfied',
      comment: '答复及时',
    });

    const page = await logIn('handler.li');
    const after = await ratesRow(page);
    expect(after).not.toEqual(ratesBefore);
    // The charts are a lazy chunk (ECharts): wait for them to draw.
    await page.waitForSelector('figure.chart [role=img] svg');
    expect(await page.locator('figure.chart [role=img]').count()).toBe(4);
    await checkScreen(page, '11-dashboard');
    await page.check('input[value=custom]');
    await page.fill('#period-from', '2026-12-31');
    await page.fill('#period-to', '2026-01-01');
    expect(await page.locator('#period-to-error').innerText()).toContain('起始日期不能晚于结束日期');
    await page.context().close();
  });

  it('shows the 亲清家园 / 部门 request statistics with numbers, narrowed to the viewer', async () => {
    const statsCells = async (page: Page, table: string, unit: string) => {
      const row = page.locator(`#${table} tbody tr`, { hasText: unit });
      await expect.poll(() => row.count()).toBe(1); // unit names arrive with their own request
      return (await row.locator('td').allInnerTexts()).map((text) => text.trim());
    };
    const supervisor = await logIn('supervisor.chen');
    await go(supervisor, '#/dashboard', '#request-stats-centres');
    expect(await supervisor.locator('#request-stats-heading').innerText()).toContain(
      '亲清家园 / 部门 诉求统计',
    );
    // Filed, accepted, open … as whole numbers; the demo data and this file's request are at Haishu.
    const haishu = await statsCells(supervisor, 'request-stats-centres', '海曙区亲清家园');
    expect(haishu.slice(0, 11).every((text) => /^\d+$/u.test(text))).toBe(true);
    const filed = Number(haishu[0]);
    expect(filed).toBeGreaterThan(0);
    const totals = (await supervisor.locator('#request-stats-centres tfoot td').allInnerTexts()).map(Number);
    expect(totals[0]).toBeGreaterThanOrEqual(filed);
    const market = await statsCells(supervisor, 'request-stats-departments', '市场监管局');
    // The request resolved and rated 非常满意 in this file counts there: rated and satisfied at least 1.
    expect(Number(market[9])).toBeGreaterThanOrEqual(1);
    expect(Number(market[10])).toBeGreaterThanOrEqual(1);
    expect(market[11]).toMatch(/^[1-5](\.\d{1,2})?$/u);
    await checkScreen(supervisor, '12-request-stats');
    await supervisor.context().close();

    const li = await logIn('handler.li');
    await go(li, '#/dashboard', '#request-stats-departments');
    await expect
      .poll(() => li.locator('#request-stats-departments tbody tr').allInnerTexts())
      .toEqual([expect.stringContaining('市场监管局')]);
    expect(await li.locator('.request-stats-panel').innerText()).toContain('仅本部门承办的诉求');
    await li.context().close();
  });

  // Loading a holiday notice is checked step by step in holiday-schedule.e2e.spec.ts.
  it('lets the administrator change a limit', async () => {
    const page = await logIn('admin');
    await go(page, '#/admin', '#policy-default-resolveWithin');
    await page.fill('#policy-default-resolveWithin', '12');
    await page.click('#policy-heading ~ form button[type=submit]');
    expect(await page.locator('#policy-reason-error').innerText()).toContain('修改原因');
    await page.fill('#policy-reason', '市政府要求办结时限压缩至12个工作日');
    await page.click('#policy-heading ~ form button[type=submit]');
    await page.waitForSelector('#policy-heading ~ form .notice--ok');
    expect(await page.inputValue('#policy-default-resolveWithin')).toBe('12');
    await checkScreen(page, '13-admin');
    await page.context().close();
  });

  it('keeps the department service ledger: liaison by the administrator, appointments by the department, inspections by the supervisor', async () => {
    const admin = await logIn('admin');
    await go(admin, '#/ledger', '#ledger-department');
    await admin.selectOption('#ledger-department', 'dept-market-regulation');
    await admin.waitForSelector('#liaison-name');
    await admin.click('form[aria-label="指定政策联络员"] button[type=submit]');
    expect(await admin.locator('#liaison-name-error').innerText()).toContain('联络员姓名');
    await admin.fill('#liaison-name', '周敏');
    await admin.fill('#liaison-phone', '0574-87654321');
    await admin.click('form[aria-label="指定政策联络员"] button[type=submit]');
    await expect
      .poll(() => admin.locator('#ledger-liaison + p').innerText())
      .toContain('周敏（办公电话 0574-87654321）');
    // The administrator designates; recording appointments and inspections is not its part.
    expect(await admin.locator('#appointment-enterprise, #inspection-mode').count()).toBe(0);
    await checkScreen(admin, '13b-ledger-admin');
    await admin.context().close();

    const handler = await logIn('handler.li');
    await go(handler, '#/ledger', '#appointment-enterprise');
    // A department handler sees only its own department: no department picker.
    expect(await handler.locator('#ledger-department').count()).toBe(0);
    expect(await handler.locator('#ledger-liaison + p').innerText()).toContain('周敏');
    await handler.fill('#appointment-enterprise', '宁波海曙精工机械有限公司');
    await handler.fill('#appointment-date', '2026-12-10');
    await handler.fill('#appointment-topic', '上门指导食品经营许可证延续材料');
    await handler.click('form[aria-label="登记预约服务"] button[type=submit]');
    await handler.waitForSelector('table >> text=宁波海曙精工机械有限公司');
    expect(await handler.locator('#inspection-mode').count()).toBe(0);
    await checkScreen(handler, '13c-ledger-handler');
    await handler.context().close();

    const supervisor = await logIn('supervisor.chen');
    await go(supervisor, '#/ledger', '#ledger-department');
    await supervisor.selectOption('#ledger-department', 'dept-market-regulation');
    await supervisor.waitForSelector('#inspection-mode');
    await supervisor.selectOption('#inspection-mode', 'covert');
    await supervisor.selectOption('#inspection-conclusion', 'needs-rectification');
    await supervisor.fill('#inspection-findings', '窗口午间无人值守，群众等候超过20分钟');
    await supervisor.click('form[aria-label="登记明查暗访"] button[type=submit]');
    const row = supervisor.locator('tr', { hasText: '窗口午间无人值守' });
    await expect.poll(() => row.innerText()).toContain('暗访');
    expect(await row.innerText()).toContain('责令整改');
    expect(await supervisor.locator('table >> text=宁波海曙精工机械有限公司').count()).toBe(1);
    await checkScreen(supervisor, '13d-ledger-supervisor');
    await supervisor.context().close();
  });

  it('lets the administrator manage staff accounts, kiosks and organisation units', async () => {
    const page = await logIn('admin');
    await go(page, '#/admin', '#accounts-heading');
    // Nothing is pre-filled: every form starts empty.
    for (const id of [
      '#account-username',
      '#account-displayName',
      '#account-password',
      '#kiosk-deviceId',
      '#unit-unitId',
    ])
      expect(await page.inputValue(id), id).toBe('');

    await page.fill('#account-username', 'staff.sun');
    await page.fill('#account-displayName', '孙丽');
    await page.selectOption('#account-role', 'service-staff');
    await page.selectOption('#account-unit', 'centre-yinzhou');
    await page.fill('#account-password', 'short');
    await page.click(
      '#account-new ~ button[type=submit], form[aria-labelledby=account-new] button[type=submit]',
    );
    await expect
      .poll(() => page.locator('form[aria-labelledby=account-new] .field__error').count())
      .toBeGreaterThan(0);
    await page.fill('#account-password', 'Sun-initial-2026');
    await page.click('form[aria-labelledby=account-new] button[type=submit]');
    await page.getByText('已创建账户 staff.sun').waitFor();
    expect(await page.locator('table.accounts tr', { hasText: 'staff.sun' }).innerText()).toContain(
      '鄞州区亲清家园',
    );
    await page.getByRole('button', { name: '重置密码：staff.sun' }).click();
    await page.fill('#reset-password', 'Sun-reset-2026');
    await page.click('form[aria-label="重置密码"] button[type=submit]');
    await page.getByText('已重置 staff.sun 的密码').waitFor();

    await page.fill('#kiosk-deviceId', 'kiosk-yinzhou-02');
    await page.fill('#kiosk-label', '鄞州区亲清家园二楼');
    await page.selectOption('#kiosk-centre', 'centre-yinzhou');
    await page.click('form[aria-labelledby=kiosk-new] button[type=submit]');
    const credential = (await page.locator('#kiosk-credential').innerText()).trim();
    expect(credential).toMatch(/^kiosk-yinzhou-02\./u);
    await checkScreen(page, '15-admin-accounts-kiosks');
    await page.getByRole('button', { name: '注销：kiosk-yinzhou-02' }).click();
    await page.fill('#revoke-reason', '设备报修');
    await page.click('form[aria-label="注销终端"] button[type=submit]');
    await page.getByText('已注销终端 kiosk-yinzhou-02').waitFor();

    await page.fill('#unit-unitId', 'dept-ecology');
    await page.selectOption('#unit-kind', 'department');
    await page.fill('#unit-zh', '生态环境局');
    await page.fill('#unit-en', 'Ecology and Environment Bureau');
    await page.click('form[aria-labelledby=unit-new] button[type=submit]');
    await page.getByText('已新建 生态环境局').waitFor();
    await page.getByRole('button', { name: '服务电话：鄞州区亲清家园' }).click();
    await page.fill('#unit-hotline', '0574-8718 0000');
    await page.click('form[aria-label="服务电话"] button[type=submit]');
    await expect
      .poll(() => page.locator('tr', { hasText: 'centre-yinzhou' }).innerText())
      .toContain('0574-8718 0000');
    await checkScreen(page, '16-admin-units');
    await page.getByRole('button', { name: '停用：staff.sun' }).click();
    await page.fill('#disable-reason', '调离');
    await page.click('form[aria-label="停用账户"] button[type=submit]');
    await expect
      .poll(() => page.locator('table.accounts tr', { hasText: 'staff.sun' }).innerText())
      .toContain('已停用');
    await page.context().close();
  });

  it('lets a member of staff change their own password', async () => {
    const admin = await logIn('admin');
    await admin.evaluate(async () => {
      await fetch('/api/admin/staff-accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'handler.wu',
          displayName: '吴刚',
          role: 'department-handler',
          departmentId: 'dept-taxation',
          password: 'Wu-initial-2026',
        }),
      });
    });
    await admin.context().close();
    const page = await open();
    await page.fill('#username', 'handler.wu');
    await page.fill('#password', 'Wu-initial-2026');
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    await go(page, '#/password', '#current-password');
    await page.fill('#current-password', 'Wu-initial-2026');
    await page.fill('#new-password', 'Wu-chosen-2026');
    await page.fill('#new-password-again', 'Wu-chosen-2027');
    await page.click('form[aria-label="修改密码"] button[type=submit]');
    expect(await page.locator('#new-password-again-error').innerText()).toContain('不一致');
    await page.fill('#new-password-again', 'Wu-chosen-2026');
    await checkScreen(page, '17-own-password');
    await page.click('form[aria-label="修改密码"] button[type=submit]');
    await page.getByText('密码已修改，请用新密码登录').waitFor();
    await page.fill('#username', 'handler.wu');
    await page.fill('#password', 'Wu-chosen-2026');
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    await page.context().close();
  });

  it('switches to English', async () => {
    const page = await logIn('handler.li');
    await page.click('button:has-text("English")');
    await page.waitForSelector('nav[aria-label="Main navigation"]');
    expect(await page.locator('h1').innerText()).toBe('Inbox');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkScreen(page, '14-inbox-english');
    await page.context().close();
  });
});
