import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestDetail } from '@qinqing/appeals/contracts';
import { DeadlineScheduler } from '@qinqing/appeals/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { TEST_HOLIDAY_NOTICE_2027 } from '@qinqing/shared/testing';
import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';

/**
 * The calendar cliff in the browser, on Tuesday 2026-12-15 before the 2027 notice is loaded: administrators see
 * the reminder; deadlines through 2027 are marked 暂定 in the inbox, the detail and the kiosk's tracking page;
 * the holiday panel starts empty, validates a notice field by field before anything is accepted, shows what it
 * changes against weekends only and loads it only after confirmation; the provisional marks then go away.
 * The notice typed in is a test notice, not the real 2027 one.
 */
describe.skipIf(chromiumPath === null)('holiday notice and provisional deadlines in the console', () => {
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

  const logIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    return page;
  };

  const checkScreen = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(await seriousAccessibilityFindings(page), name).toEqual([]);
  };

  it('reminds the administrator on every screen that the 2027 notice is missing; others see no banner', async () => {
    const admin = await logIn('admin');
    const banner = admin.locator('.calendar-reminder');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('2027年节假日安排（国务院办公厅通知）尚未载入');
    await checkScreen(admin, '20-calendar-reminder');
    await admin.context().close();

    const li = await logIn('handler.li');
    await li.waitForSelector('table');
    expect(await li.locator('.calendar-reminder').count()).toBe(0);
    await li.context().close();
  });

  it('marks deadlines through 2027 as 暂定 in the inbox and the detail, with the reason in words', async () => {
    const page = await logIn('supervisor.chen');
    await page.waitForSelector('table');
    await expect.poll(() => page.locator('.tag--provisional').count()).toBeGreaterThan(0);
    await checkScreen(page, '21-inbox-provisional');
    const row = page.locator('tbody tr', { has: page.locator('.tag--provisional') }).first();
    await row.locator('a').first().click();
    await page.waitForSelector('#clocks-heading');
    expect(await page.locator('.clock-list').innerText()).toContain('暂定');
    expect(await page.locator('#clocks-heading ~ p.muted').innerText()).toContain(
      '取决于尚未载入的2027年节假日安排',
    );
    expect(await page.locator('.timeline').innerText()).toContain('为暂定：2027年节假日安排尚未公布载入');
    await checkScreen(page, '22-detail-provisional');
    await page.context().close();
  });

  it('shows the enterprise the provisional date on the phone tracking page', async () => {
    const api = await request.newContext({ baseURL: server.baseUrl });
    expect(
      (await api.post('/api/auth/login', { data: { username: 'staff.wang', password: PASSWORD } })).ok(),
    ).toBe(true);
    const filed = await api.post('/api/appeals/requests', {
      data: {
        enterprise: { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' },
        contact: { name: '周建国', phone: '13805741234' },
        category: 'approval-permits',
        title: '年底新建厂房消防验收咨询',
        description: '新建二期厂房即将竣工，想了解消防验收的申请材料和办理时限。',
      },
    });
    const { receiptCode, dues, provisionalDues } = (await filed.json()) as {
      receiptCode: string;
      dues: Record<string, string>;
      provisionalDues: string[];
    };
    expect(dues['resolve']).toBe('2027-01-06');
    expect(provisionalDues).toEqual(['resolve']);

    // The receipt's QR code opens the public tracking page on the enterprise's phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/track/?r=${receiptCode}`);
    await page.fill('#digits', '1234');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForSelector('#status');
    expect(await page.locator('#due-resolve').innerText()).toContain('2027-01-06（暂定）');
    expect(await page.locator('main').innerText()).toContain('暂按法定节假日计算');
    await page.screenshot({ path: join(SHOTS, '23-track-page-provisional.png'), fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await context.close();
  });

  it('starts the holiday panel empty, checks a notice field by field, previews it and loads it only on confirmation', async () => {
    const page = await logIn('admin');
    await page.goto(`${server.baseUrl}/console/#/admin`);
    await page.waitForSelector('#schedule-heading');
    // Nothing an administrator could load by mistake: every field is empty and there is no holiday line.
    for (const id of [
      '#schedule-year',
      '#schedule-title',
      '#schedule-document-number',
      '#schedule-published-on',
    ]) {
      expect(await page.inputValue(id), id).toBe('');
    }
    expect(await page.inputValue('#schedule-make-up')).toBe('');
    expect(await page.locator('.schedule-form__holiday').count()).toBe(0);
    await checkScreen(page, '24-holiday-panel-empty');

    const checkButton = page.getByRole('button', { name: '检查通知' });
    await checkButton.click();
    expect(await page.locator('#schedule-year-error').innerText()).toContain('请填写年份');
    await checkScreen(page, '25-holiday-panel-required');

    // A notice with only 元旦: the server names the six missing festivals, in both languages.
    await page.fill('#schedule-year', '2027');
    await page.fill('#schedule-title', TEST_HOLIDAY_NOTICE_2027.source.title);
    await page.fill('#schedule-document-number', TEST_HOLIDAY_NOTICE_2027.source.documentNumber);
    await page.fill('#schedule-published-on', TEST_HOLIDAY_NOTICE_2027.source.publishedOn);
    const addHoliday = async (index: number, name: string, dates: readonly string[]) => {
      await page.getByRole('button', { name: '添加假期' }).click();
      const row = page.locator('.schedule-form__holiday').nth(index);
      await row.getByLabel(/名称/u).fill(name);
      await row.getByLabel('放假开始').fill(dates[0] ?? '');
      await row.getByLabel('放假结束').fill(dates[dates.length - 1] ?? '');
    };
    const [newYear, ...others] = TEST_HOLIDAY_NOTICE_2027.holidays;
    await addHoliday(0, newYear.name, newYear.dates);
    await checkButton.click();
    const holidaysError = page.locator('#schedule-holidays-hint ~ .field__error');
    await holidaysError.waitFor();
    const missing = await holidaysError.innerText();
    for (const name of ['春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'])
      expect(missing).toContain(`缺少「${name}」`);
    expect(missing).toContain('《全国年节及纪念日放假办法》第二条');
    await checkScreen(page, '26-holiday-panel-festivals-missing');

    // Every break, but 春节 starting a day late (除夕 missing) and a weekday typed as a make-up day.
    for (const [i, holiday] of others.entries()) {
      await addHoliday(i + 1, holiday.name, holiday.name === '春节' ? holiday.dates.slice(1) : holiday.dates);
    }
    await page.fill(
      '#schedule-make-up',
      ['2027-02-22', ...TEST_HOLIDAY_NOTICE_2027.makeUpWorkingDays.slice(1)].join('\n'),
    );
    await checkButton.click();
    await page.waitForSelector('#schedule-make-up-error');
    expect(await page.locator('#schedule-make-up-error').innerText()).toContain(
      '调休上班日 2027-02-22 不是周六或周日',
    );
    const springRow = page.locator('.schedule-form__holiday').nth(1);
    expect(await springRow.locator('.field__error').innerText()).toContain(
      '2027-02-05（农历除夕）是春节的法定假日',
    );
    await checkScreen(page, '27-holiday-panel-field-errors');

    await springRow.getByLabel('放假开始').fill('2027-02-05');
    await page.fill('#schedule-make-up', TEST_HOLIDAY_NOTICE_2027.makeUpWorkingDays.join('\n'));
    await checkButton.click();
    const preview = page.locator('.schedule-preview');
    await preview.waitFor();
    const previewText = await preview.innerText();
    expect(previewText).toContain('工作日放假');
    expect(previewText).toContain('2027-02-09');
    expect(previewText).toContain('调休放假');
    expect(previewText).toContain('周末调休上班：5天');
    const load = page.getByRole('button', { name: '确认载入2027年安排' });
    expect(await load.isDisabled()).toBe(true);
    await checkScreen(page, '28-holiday-panel-preview');

    await page.getByLabel(/我已逐日核对上表/u).check();
    await load.click();
    await page.waitForSelector('.notice--ok:has-text("已载入2027")');
    // The notice comes with the answer; the list of notices is read again after it.
    await expect
      .poll(() => page.locator('#schedule-heading ~ ul').innerText())
      .toContain('2027年：测试用2027年节假日安排');
    await checkScreen(page, '29-holiday-panel-loaded');

    // The scheduler re-derives the open deadlines; the marks and the reminder are gone.
    await server.app.get(DeadlineScheduler).tick();
    await page.reload();
    await page.waitForSelector('#schedule-heading');
    expect(await page.locator('.calendar-reminder').count()).toBe(0);
    await page.goto(`${server.baseUrl}/console/#/`);
    await page.waitForSelector('table');
    await expect.poll(() => page.locator('.tag--provisional').count()).toBe(0);
    await checkScreen(page, '30-inbox-after-notice');
    await page.context().close();
  });

  it('records the re-derivation in the request’s timeline', async () => {
    const api = await request.newContext({ baseURL: server.baseUrl });
    await api.post('/api/auth/login', { data: { username: 'supervisor.chen', password: PASSWORD } });
    const list = (await (await api.get('/api/appeals/requests?pageSize=100')).json()) as {
      items: { requestId: string; title: string }[];
    };
    const mine = list.items.find((item) => item.title === '年底新建厂房消防验收咨询');
    const detail = (await (
      await api.get(`/api/appeals/requests/${mine?.requestId}`)
    ).json()) as RequestDetail;
    expect(detail.timeline.map((entry) => entry.summary.zh)).toContainEqual(
      expect.stringContaining(
        '依据测试用2027年节假日安排（非真实通知）（测试〔2026〕1号）重新核定期限：办结期限 2027-01-06 不变',
      ),
    );
  });
});
