import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { inputsOfHalfYear } from '@qinqing/service-centre/service';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';

/**
 * The 亲清健康指数 in real Chromium: the demo's second half of 2026 is counted; in January a supervisor publishes
 * it, sees every area charted and tabled, an area's indicators, and cannot publish it twice; a leading official
 * reads it without the publish form. Axe-core on each screen.
 */
describe.skipIf(chromiumPath === null)('the 亲清健康指数 in the console', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;
  const clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer({ clock }), launchChromium()]);
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    await eventually(async () => ((await inputsOfHalfYear(db, '2026-H2')).size > 0 ? true : undefined));
    clock.set(new Date('2027-01-04T01:00:00.000Z'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
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

  it('a supervisor publishes the ended half year and reads every area’s scores and one area’s indicators', async () => {
    const page = await logIn('supervisor.chen');
    await page.goto(`${server.baseUrl}/console/#/health-index`);
    await page.getByText('尚未发布亲清健康指数').waitFor();
    await page.getByLabel('发布半年度（如 2026-H2）').fill('2026-H3');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await expect.poll(() => page.locator('.health-index').innerText()).toContain('2026-H2');
    await page.getByLabel('发布半年度（如 2026-H2）').fill('2026-H2');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.waitForSelector('.health-index table.rates tbody tr');
    await page.waitForSelector('figure.chart [role=img] svg');
    expect(await page.locator('table.rates').innerText()).toContain('海曙区');
    expect(await page.locator('.health-index').innerText()).toContain('诉求按时办结率');
    await checkScreen(page, 'health-index-01-published');

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await expect.poll(() => page.locator('.health-index').innerText()).toContain('已于 2027-01-04');
    await page.context().close();
  });

  it('a leading official reads the index without the publish form', async () => {
    const page = await logIn('official.zhou');
    await page.goto(`${server.baseUrl}/console/#/health-index`);
    await page.waitForSelector('.health-index table.rates tbody tr');
    expect(await page.getByLabel('发布半年度（如 2026-H2）').count()).toBe(0);
    await checkScreen(page, 'health-index-02-official');
    await page.context().close();
  });
});
