import { mkdirSync } from 'node:fs';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const SHOTS = 'test-results/console';
const ZHOU = '01960000-0000-7000-8000-000000000101';
const CHEN = '01960000-0000-7000-8000-000000000004';

/**
 * 举报受理台 in Chromium: the discipline inspector sees the section, opens a report (the read is recorded and
 * shown), links the official and reviews his flagged dealings in sections (pairings, his interaction filings;
 * for a supervisor's account the approvals he gave and the requests he acted on); the accused official has no
 * such section.
 */
describe.skipIf(inject('chromiumPath') === null)('console: misconduct report desk', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (username: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', username);
    await page.fill('#password', 'Demo!2026');
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    return page;
  };

  it('lets the inspector open a report, records the read, and flags the official’s pairings', async () => {
    const page = await signIn('inspector.wu');
    const entered = await page.request.post(
      `${server.baseUrl}/api/service-centre/misconduct-reports/desk/records`,
      {
        data: {
          category: 'extortion',
          accused: { name: '周建国', unitId: 'dept-market-regulation', position: '局长', headsUnit: true },
          description: '来信反映：办理许可时被要求到指定中介购买服务。',
          reporterName: '王小明',
          reporterPhone: '13905741234',
        },
      },
    );
    expect(entered.status()).toBe(201);
    await page.goto(`${server.baseUrl}/console/#/reports`);
    await page.getByRole('button', { name: '查看（将记录）' }).first().click();
    await expect.poll(() => page.locator('#report-panel-title').count()).toBe(1);
    expect(await page.getByText('王** 139****1234').count()).toBe(1);
    await page.fill('#report-official', ZHOU);
    await page.getByRole('button', { name: '确认被反映人' }).click();
    await page.getByRole('button', { name: '查看被反映人相关事项（将记录）' }).click();
    await expect.poll(() => page.locator('.report-flags li').count()).toBeGreaterThan(0);
    const section = (heading: string) =>
      page.locator('.report-flags__section', { has: page.getByRole('heading', { name: heading }) });
    // His five demo filings, the enterprise named, the one whose report is missing marked so.
    await expect.poll(() => section('政商交往报备（本人报备或审批）').locator('li').count()).toBe(5);
    expect(await section('政商交往报备（本人报备或审批）').textContent()).toContain('报告逾期未交');
    expect(await section('政商交往报备（本人报备或审批）').textContent()).toContain(
      '宁波海曙甬创智能制造有限公司',
    );
    await expect
      .poll(async () => (await page.locator('#report-panel-title ~ ul').last().textContent()) ?? '')
      .toContain('举报');
    await page.screenshot({ path: `${SHOTS}/report-desk.png`, fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    // Another account linked: the dealings close until asked for again (each look is a recorded read).
    await page.fill('#report-official', CHEN);
    await page.getByRole('button', { name: '确认被反映人' }).click();
    await expect.poll(() => page.locator('.report-flags').count()).toBe(0);
    await page.getByRole('button', { name: '查看被反映人相关事项（将记录）' }).click();
    await expect.poll(() => section('对企业诉求的审批（本人批准）').locator('li').count()).toBe(4);
    expect(await section('对企业诉求的审批（本人批准）').textContent()).toContain('批准延期');
    expect(await section('经手的企业诉求（本人办理）').textContent()).toContain('回访');
    await page.screenshot({ path: `${SHOTS}/report-desk-approvals.png`, fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.close();
  });

  it('offers the accused official no report section, and its address says it is not available', async () => {
    const page = await signIn('official.zhou');
    expect(await page.getByRole('link', { name: '举报受理' }).count()).toBe(0);
    await page.close();
  });
});
