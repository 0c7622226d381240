import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { createStaff, logIn, STAFF_PASSWORD } from '../liaison/support/liaison-actors';

const SHOTS = join(process.cwd(), 'test-results/console');

/** The read models follow the log on their own time: reload until the text shows. */
const untilShown = async (page: Page, text: string): Promise<void> => {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if ((await page.getByText(text).count()) > 0) return;
    await page.waitForTimeout(300);
    await page.reload();
    await page.locator('#mine-heading').waitFor();
  }
  throw new Error(`"${text}" never showed`);
};

/**
 * An official files an interaction (政商交往报备) and declares a relation on the console; the superior approves the
 * filing from the approvals queue. Touch targets of 48 px, no serious axe finding, the ID number shown masked.
 */
describe.skipIf(inject('chromiumPath') === null)('console: interaction filings and declarations', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  let superiorId = '';
  let officialId = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([
      startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-09-20T04:00:00.000Z')) }),
      launchChromium(),
    ]);
    const admin = await logIn(server.baseUrl, 'admin');
    officialId = (await createStaff(admin, 'official.ui', 'leading-official', '界面干部')).accountId;
    superiorId = (await createStaff(admin, 'superior.ui', 'leading-official', '界面上级')).accountId;
    const registered = await admin.post('/api/liaison/officials', {
      accountId: officialId,
      name: '界面干部',
      unitId: 'dept-taxation',
      superiorAccountId: superiorId,
    });
    expect(registered.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (username: string) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', username);
    await page.fill('#password', STAFF_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    await page.goto(`${server.baseUrl}/console/#/integrity`);
    await page.locator('#mine-heading').waitFor();
    return page;
  };

  it('files and declares on a phone-sized screen, and the superior approves', async () => {
    const page = await signIn('official.ui');
    // No jurisdiction to choose: the form says whose rules apply (the deployment's, this official has no profile).
    expect(await page.locator('#filing-jurisdiction').count()).toBe(0);
    await expect.poll(() => page.locator('#filing-rules').textContent()).toContain('所属辖区（330200）');
    await page.selectOption('#filing-kind', 'annual-meeting');
    await page.fill('#filing-credit-code', '91350100M000100Y43');
    await page.fill('#filing-organiser', '福州精密机械有限公司');
    await page.fill('#filing-title', '2026 年会');
    await page.fill('#filing-purpose', '了解行业发展状况、听取意见建议');
    await page.fill('#filing-date', '2026-09-30');
    await page.getByRole('button', { name: '提交报备' }).click();
    await untilShown(page, '待审批');

    await page.fill('#relation-name', '林丽');
    await page.fill('#relation-id-number', '11010519491231002X');
    await page.fill('#relation-credit-code', '91350582MA21111143');
    await page.getByRole('button', { name: '申报', exact: true }).click();
    await untilShown(page, '110105********002X');
    expect(await page.content()).not.toContain('11010519491231002X');

    const small = await page.$$eval('.integrity button, .integrity input, .integrity select', (elements) =>
      elements.filter((e) => e.getBoundingClientRect().height < 48).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, '40-liaison-filings-official.png'), fullPage: true });
    await page.close();

    const boss = await signIn('superior.ui');
    await untilShown(boss, '2026 年会');
    expect(await seriousAccessibilityFindings(boss)).toEqual([]);
    await boss.getByRole('button', { name: '批准' }).click();
    await untilShown(boss, '暂无待审批的报备。');
    await boss.screenshot({ path: join(SHOTS, '41-liaison-approvals.png'), fullPage: true });
    await boss.close();
  });

  it('a department handler declares on 申报与回避 (which binds their requests) and withdraws', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', 'handler.li');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    expect(await page.locator('nav[aria-label="主导航"]').innerText()).toContain('申报与回避');
    await page.goto(`${server.baseUrl}/console/#/declarations`);
    await page.locator('#declarations-heading').waitFor();
    await page.selectOption('#relation-kind', 'child');
    await page.fill('#relation-name', '李明');
    await page.fill('#relation-id-number', '11010519491231002X');
    await page.fill('#relation-credit-code', '91330203MA2H5K7P7A');
    await page.getByRole('button', { name: '申报', exact: true }).click();
    await page.getByText('110105********002X').waitFor();
    expect(await page.content()).not.toContain('11010519491231002X');
    const small = await page.$$eval('.integrity button, .integrity input, .integrity select', (elements) =>
      elements.filter((e) => e.getBoundingClientRect().height < 48).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, '42-declarations-handler.png'), fullPage: true });
    await page.getByLabel('撤回原因').fill('已离职');
    await page.getByRole('button', { name: '撤回申报' }).click();
    await page.getByText('110105********002X').waitFor({ state: 'detached' });
    await page.close();
  });
});
