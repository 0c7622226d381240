import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RestrictionIntake } from '@qinqing/credit/service';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';
/** Enterprises made up for this spec (valid codes, not in any demo data): it records their organisations itself. */
const JIA = { creditCode: '91330203MA2PB0E297', name: '宁波海曙党建测试甲科技有限公司' };
const YI = { creditCode: '91330203MA2PB0E372', name: '宁波海曙党建测试乙贸易有限公司' };
/** Credit's demo data: a serious bribery conviction restricts this enterprise from honours. */
const YONGCHENG = { creditCode: '91330212MA2M8C4R3Y', name: '宁波鄞州甬城建设工程有限公司' };
const YONGCHUANG = { creditCode: '91330203MA2H5K7P7A', name: '宁波海曙甬创智能制造有限公司' };

/**
 * The party-building staff's area of the console in Chromium: record two organisations (one refused by field
 * first, one short of what its counts require), see them listed and filtered, open a record with its names, see
 * the alert with its working-day clock, read coverage by county and section with its CSV, and recommend for an
 * honour — refused plainly while credit restricts the enterprise. Supervisors read without the forms. Axe finds
 * nothing serious on any screen; the forms' controls are at least 48 px high.
 */
describe.skipIf(chromiumPath === null)('party building in the console', () => {
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

  const logIn = async (username: string, viewport: { width: number; height: number }): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
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

  const smallControls = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) =>
      elements
        .filter((e) => e.getBoundingClientRect().height < 48)
        .map((e) => e.id || e.outerHTML.slice(0, 80)),
    );

  const recordOrganisation = async (
    page: Page,
    enterprise: { creditCode: string; name: string },
    fullMembers: string,
    type: string,
  ) => {
    await page.click('button >> text=登记党组织情况');
    await page.fill('#org-creditCode', enterprise.creditCode);
    await page.fill('#org-enterpriseName', enterprise.name);
    await page.fill('#org-fullMembers', fullMembers);
    await page.fill('#org-probationaryMembers', '1');
    await page.selectOption('#org-type', type);
  };

  it('records organisations, lists them, raises an alert, reads coverage and recommends for an honour', async () => {
    const page = await logIn('party.lin', { width: 1366, height: 768 });
    // Party-building staff land on their organisations; the area is theirs and the supervisors'.
    await page.waitForSelector('#organisation-filter');
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('党组织');
    expect(await page.locator('nav').innerText()).toContain('评优推荐');

    // 甲: five full members call for a branch, live from the public calculator as the counts are typed.
    await recordOrganisation(page, JIA, '5', 'branch-committee');
    await expect.poll(() => page.locator('.party-form__requirement').innerText()).toContain('须建立党支部');
    await page.fill('#org-foundedOn', '2024-03-01');
    await page.fill('#org-superiorOrganisation', '中共宁波市海曙区非公有制经济组织委员会');
    await page.fill('#org-secretary', '周红');
    await page.fill('#org-termStartedOn', '2024-03-01');
    await page.check('#org-union');
    expect(
      await smallControls(
        page,
        'form.party-form input:not([type=checkbox]), form.party-form select, form.party-form button, form.party-form .checkbox',
      ),
    ).toEqual([]);
    // A committee with five full members: the server's refusal stands at the type.
    await page.click('form.party-form button[type=submit]');
    await expect.poll(() => page.locator('#org-type-error').innerText()).toMatch(/[\u4e00-\u9fff]/u);
    await checkScreen(page, 'pb-01-organisation-refused');
    await page.selectOption('#org-type', 'branch');
    await page.click('form.party-form button[type=submit]');
    await page.waitForSelector(`.notice--ok >> text=已登记 ${JIA.name}：已达到要求`);

    // 乙: four full members and no organisation: short of the branch its counts require.
    await recordOrganisation(page, YI, '4', 'none');
    expect(await page.locator('#org-secretary').count()).toBe(0);
    expect(await page.locator('#org-superiorOrganisation').count()).toBe(0);
    await page.fill('#org-instructor', '陈立');
    await page.click('form.party-form button[type=submit]');
    await page.waitForSelector(`.notice--ok >> text=已登记 ${YI.name}：未达到要求`);
    const jia = page.locator('table.party-organisations tr', { hasText: JIA.name });
    const yi = page.locator('table.party-organisations tr', { hasText: YI.name });
    await expect.poll(() => jia.innerText()).toContain('已达要求');
    expect(await yi.innerText()).toContain('未达要求');
    expect(await yi.innerText()).toContain('有指导员');
    expect(await page.locator('table.party-organisations').innerText()).not.toContain('周红');
    await checkScreen(page, 'pb-02-organisations');
    await page.selectOption('#organisation-filter', 'false');
    await expect.poll(() => jia.count()).toBe(0);
    expect(await yi.count()).toBe(1);

    // The enterprise's own record, names shown here only.
    await page.selectOption('#organisation-filter', '');
    await jia.locator('a').click();
    await page.waitForSelector('#organisation-record-title');
    expect(await page.locator('h1').innerText()).toBe(`党组织 · ${JIA.name}`);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('周红');
    expect(facts).toContain('2027-03-01');
    await checkScreen(page, 'pb-03-organisation-record');

    // 乙's alert, with its working-day clock.
    await page.click('nav >> text=党建预警');
    const alert = page.locator('table.party-alerts tr', { hasText: YI.name });
    await expect.poll(() => alert.locator('.clock').innerText()).toMatch(/建立时限 剩\d+个工作日/u);
    expect(await alert.innerText()).toContain('须建立党支部');
    expect(await page.locator('table.party-alerts').innerText()).not.toContain(JIA.name);
    await checkScreen(page, 'pb-04-alerts');

    // Coverage by county over the directory, charted and tabled; a county opens its industry sections. 甬创
    // (a directory enterprise in 330203) joins a joint branch: organised, so its county counts it.
    const joint = await page.context().request.post(`${server.baseUrl}/api/party-building/organisations`, {
      data: {
        creditCode: YONGCHUANG.creditCode,
        enterpriseName: YONGCHUANG.name,
        fullMembers: 2,
        probationaryMembers: 2,
        type: 'joint-branch',
        superiorOrganisation: '中共宁波市海曙区非公有制经济组织委员会',
        instructor: '陈立',
      },
    });
    expect(joint.status(), await joint.text()).toBe(201);
    await page.click('nav >> text=党建覆盖率');
    const haishu = page.locator('table.party-coverage tbody tr', { hasText: '330203' });
    await expect
      .poll(async () => {
        await page.click('nav >> text=党建预警');
        await page.click('nav >> text=党建覆盖率');
        return Number(await haishu.locator('td').nth(1).innerText());
      })
      .toBeGreaterThanOrEqual(1);
    // The chart view is a lazy chunk (ECharts): wait for it to draw.
    await page.waitForSelector('figure.chart [role=img] svg');
    expect(await page.locator('figure.chart [role=img]').count()).toBe(2);
    const csvHref = await page.locator('a >> text=下载 CSV').getAttribute('href');
    expect(csvHref).toBe('/api/party-building/coverage?format=csv');
    const csv = await page.context().request.get(`${server.baseUrl}${csvHref ?? ''}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('合计');
    expect(await smallControls(page, '.party-building .button')).toEqual([]);
    await checkScreen(page, 'pb-05-coverage');
    await page.locator('table.party-coverage tbody th button').first().click();
    await expect.poll(() => page.locator('table.party-coverage thead').innerText()).toContain('行业门类');
    expect(await page.locator('a >> text=下载 CSV').getAttribute('href')).toMatch(
      /areaCode=\d{6}&format=csv$/u,
    );
    await checkScreen(page, 'pb-06-coverage-county');

    // Honours: credit's restrictions replicated first (the intake's periodic pass, done now).
    await server.app.get(EventSourcingHost).settle();
    await server.app.get(RestrictionIntake).applyPending();
    await server.app.get(EventSourcingHost).settle();
    await page.click('nav >> text=评优推荐');
    const recommend = async (enterprise: { creditCode: string; name: string }, nominee: string) => {
      await page.fill('#honour-creditCode', enterprise.creditCode);
      await page.fill('#honour-enterpriseName', enterprise.name);
      await page.selectOption('#honour-honour', 'excellent-builder');
      await page.fill('#honour-nominee', nominee);
      await page.fill('#honour-nomineePosition', '董事长');
      await page.click('form.honours-form button[type=submit]');
    };
    await recommend(YONGCHUANG, '陈建');
    await page.waitForSelector(`.notice--ok >> text=已推荐 陈建（${YONGCHUANG.name}）`);
    await expect
      .poll(() => page.locator('table.party-honours tbody tr').first().innerText())
      .toContain('陈建（董事长）');
    await recommend(YONGCHENG, '王强');
    const refusal = page.locator('form.honours-form [role=alert]');
    await expect.poll(() => refusal.innerText()).toContain('不能推荐：该企业受失信约束');
    const refusalText = await refusal.innerText();
    expect(refusalText).toContain('甬鄞检刑〔演示〕105号');
    expect(refusalText).toMatch(/至\d{4}-\d{2}-\d{2}/u);
    expect(await page.locator('table.party-honours').innerText()).not.toContain('王强');
    expect(
      await smallControls(
        page,
        'form.honours-form input, form.honours-form select, form.honours-form button',
      ),
    ).toEqual([]);
    await checkScreen(page, 'pb-07-honours-refused');
    await page.context().close();
  });

  it('lets a supervisor read the area on a large screen, without the forms', async () => {
    const page = await logIn('supervisor.chen', { width: 1920, height: 1080 });
    await page.click('nav >> text=党组织');
    await page.waitForSelector('#organisation-filter');
    expect(await page.locator('button >> text=登记党组织情况').count()).toBe(0);
    await checkScreen(page, 'pb-08-supervisor-organisations');
    await page.click('nav >> text=党建覆盖率');
    await page.waitForSelector('table.party-coverage tbody tr');
    await checkScreen(page, 'pb-09-supervisor-coverage');
    await page.click('button >> text=English');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Party organisation and work coverage');
    expect(await page.locator('table.party-coverage tfoot').innerText()).toContain('Total');
    await checkScreen(page, 'pb-10-supervisor-coverage-en');
    await page.click('button >> text=中文');
    await page.click('nav >> text=评优推荐');
    await page.waitForSelector('text=已登记的推荐');
    expect(await page.locator('form.honours-form').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the area from a role that does not use it', async () => {
    const page = await logIn('credit.zhao', { width: 1366, height: 768 });
    expect(await page.locator('nav').innerText()).not.toContain('党组织');
    await page.goto(`${server.baseUrl}/console/#/party-alerts`);
    await expect.poll(() => page.locator('main').innerText()).toContain('您的角色不能使用此功能');
    await page.context().close();
  });
});
