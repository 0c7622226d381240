import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';
const SUPERIOR = '中共宁波市海曙区非公有制经济组织委员会';
/** Enterprises made up for this spec (valid codes, in no demo data and no other spec): it records them itself. */
const BING = { creditCode: '91330203MA2PB0J127', name: '宁波海曙联建测试丙五金有限公司', fullMembers: 1 };
const DING = { creditCode: '91330203MA2PB0J202', name: '宁波海曙联建测试丁电子有限公司', fullMembers: 2 };
/** Three full members: it must set up its own branch, so a joint branch refuses it. */
const WU = { creditCode: '91330203MA2PB0J39Y', name: '宁波海曙联建测试戊机械有限公司', fullMembers: 3 };
const BRANCH_NAME = '海曙区联建测试联合党支部';

/**
 * Joint branches and activities in the console, in Chromium: party.lin forms a joint branch — refused first at
 * the unit that must have its own branch —, opens it with its units, records an activity and sees it listed;
 * the unit's own record links to its joint branch. A supervisor reads it without the forms. Axe finds nothing
 * serious or critical; the forms' controls are at least 48 px high.
 */
describe.skipIf(chromiumPath === null)('joint branches and activities in the console', () => {
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

  it('forms a joint branch, refused first at the unit, and records an activity on it', async () => {
    const page = await logIn('party.lin', { width: 1366, height: 768 });
    // The units' organisations, recorded as the staff would (the 党组织 form is the other spec's).
    for (const unit of [BING, DING, WU]) {
      const recorded = await page
        .context()
        .request.post(`${server.baseUrl}/api/party-building/organisations`, {
          data: {
            creditCode: unit.creditCode,
            enterpriseName: unit.name,
            fullMembers: unit.fullMembers,
            probationaryMembers: 1,
            type: unit.fullMembers < 3 ? 'joint-branch' : 'none',
            superiorOrganisation: unit.fullMembers < 3 ? SUPERIOR : undefined,
          },
        });
      expect(recorded.status(), await recorded.text()).toBe(201);
    }
    await server.app.get(EventSourcingHost).settle();

    await page.click('nav >> text=联合党支部');
    await page.click('button >> text=组建联合党支部');
    await page.fill('#joint-branch-name', BRANCH_NAME);
    await page.fill('#joint-branch-superiorOrganisation', SUPERIOR);
    await page.fill('#joint-branch-foundedOn', '2025-07-01');
    await page.fill('#joint-branch-secretary', '吴敏');
    await page.fill('#joint-branch-termStartedOn', '2025-07-01');
    await page.fill('#joint-branch-unit-0', BING.creditCode);
    await page.fill('#joint-branch-unit-1', WU.creditCode);
    expect(
      await smallControls(
        page,
        'form[aria-labelledby=joint-branch-form-title] input, form[aria-labelledby=joint-branch-form-title] button',
      ),
    ).toEqual([]);
    // 戊 has three full members: the refusal stands at its code, not at 丙's.
    await page.click('form[aria-labelledby=joint-branch-form-title] button[type=submit]');
    await expect
      .poll(() => page.locator('#joint-branch-unit-1-error').innerText())
      .toMatch(/[\u4e00-\u9fff]/u);
    expect(await page.locator('#joint-branch-unit-0-error').count()).toBe(0);
    await checkScreen(page, 'pbj-01-joint-branch-refused');
    await page.fill('#joint-branch-unit-1', DING.creditCode);
    await page.click('form[aria-labelledby=joint-branch-form-title] button[type=submit]');
    await page.waitForSelector(`.notice--ok >> text=已组建 ${BRANCH_NAME}（2 个单位）`);
    // The list is the read model: settled, then read again from the top.
    await server.app.get(EventSourcingHost).settle();
    await page.reload();
    const row = page.locator('table.party-joint-branches tr', { hasText: BRANCH_NAME });
    await expect.poll(() => row.innerText()).toContain('有书记');
    expect(await page.locator('table.party-joint-branches').innerText()).not.toContain('吴敏');
    await checkScreen(page, 'pbj-02-joint-branches');

    // Its page: the units with their counts, the secretary named here only.
    await row.locator('a').click();
    await page.waitForSelector('#joint-branch-title');
    expect(await page.locator('h1').innerText()).toBe(`联合党支部 · ${BRANCH_NAME}`);
    expect(await page.locator('dl.facts').innerText()).toContain('吴敏');
    const units = await page.locator('table.party-joint-branch-units').innerText();
    expect(units).toContain(BING.name);
    expect(units).toContain(DING.name);
    // One unit may not leave: two must stay.
    await page.click(`button[aria-label="${BING.name} 退出"]`);
    await expect
      .poll(() => page.locator('.notice--error').innerText())
      .toContain(`${BING.creditCode} 未能退出`);

    // An activity, refused first at its count, then listed newest first.
    await page.selectOption('#activity-kind', 'theme-day');
    await page.fill('#activity-heldOn', '2026-11-20');
    await page.fill('#activity-title', '十一月主题党日：学习支部工作条例');
    await page.fill('#activity-participants', '0');
    await page.click('form[aria-labelledby=activity-form-title] button[type=submit]');
    await expect
      .poll(() => page.locator('#activity-participants-error').innerText())
      .toMatch(/[\u4e00-\u9fff]/u);
    await page.fill('#activity-participants', '4');
    await page.click('form[aria-labelledby=activity-form-title] button[type=submit]');
    await page.waitForSelector('.notice--ok >> text=已记录活动：十一月主题党日：学习支部工作条例');
    await server.app.get(EventSourcingHost).settle();
    await page.reload();
    const activity = page.locator('table.party-activities tbody tr').first();
    await expect.poll(() => activity.innerText()).toContain('主题党日');
    expect(await activity.innerText()).toContain('2026-11-20');
    expect(await activity.innerText()).toContain('4');
    expect(
      await smallControls(
        page,
        '.party-building form input, .party-building form select, .party-building form button, .party-building td .button',
      ),
    ).toEqual([]);
    await checkScreen(page, 'pbj-03-joint-branch-activity');

    // The unit's own record links to its joint branch; its activities go there.
    await page.locator('table.party-joint-branch-units a', { hasText: DING.name }).click();
    await page.waitForSelector('#organisation-record-title');
    await expect.poll(() => page.locator('dl.facts').innerText()).toContain(BRANCH_NAME);
    expect(await page.locator('main').innerText()).toContain('其党员的活动记在所在的联合党支部');
    await page.context().close();
  });

  it('lets a supervisor read a joint branch and its activities without the forms', async () => {
    const page = await logIn('supervisor.chen', { width: 1920, height: 1080 });
    await page.click('nav >> text=联合党支部');
    await page.waitForSelector('table.party-joint-branches');
    expect(await page.locator('button >> text=组建联合党支部').count()).toBe(0);
    await page.locator('table.party-joint-branches a', { hasText: BRANCH_NAME }).click();
    await page.waitForSelector('table.party-activities');
    expect(await page.locator('table.party-activities').innerText()).toContain('十一月主题党日');
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.locator('table.party-joint-branch-units button').count()).toBe(0);
    await checkScreen(page, 'pbj-04-supervisor-joint-branch');
    await page.context().close();
  });
});
