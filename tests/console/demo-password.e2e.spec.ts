import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const SHOTS = join(process.cwd(), 'test-results/console');

/**
 * A platform first started with demo data, then restarted with DEMO_DATA=false (a real deployment): the demo
 * accounts' published password opens no session; the console asks for a new password and signs in with it.
 */
describe.skipIf(inject('chromiumPath') === null)('demo password on a real deployment', () => {
  let dataDir: string;
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'qinqing-demo-password-'));
    await (await startEmbeddedTestServer({ env: { DATA_DIR: dataDir, DEMO_DATA: 'true' } })).close();
    [server, browser] = await Promise.all([
      startEmbeddedTestServer({
        env: {
          DATA_DIR: dataDir,
          DEMO_DATA: 'false',
          // A real deployment names its 兜底责任单位; the units seeded above include the business-environment office.
          APPEALS_DEFAULT_OWNER_UNIT_ID: 'unit-business-environment-office',
        },
      }),
      launchChromium(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('asks for a new password at the first login and signs in with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', 'handler.li');
    await page.fill('#password', 'Demo!2026');
    await page.click('button[type=submit]');
    await page.locator('#new-password').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('演示密码');
    await page.fill('#new-password', 'Li-chosen-2026');
    await page.fill('#new-password-again', 'Li-chosen-2026');
    await page.screenshot({ path: join(SHOTS, '18-login-new-password.png'), fullPage: true });
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await page.waitForSelector('nav[aria-label="主导航"]');
    await page.close();
  });
});
