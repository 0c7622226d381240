import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, seriousAccessibilityFindings, undersizedTouchTargets } from './chromium';

const chromiumPath = inject('chromiumPath');

/** The harness itself: Debian's Chromium starts, axe-core runs, and the touch-target check can fail. */
describe.skipIf(chromiumPath === null)('browser test harness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it('finds a serious accessibility problem and an undersized touch target when there is one', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="zh-CN"><body><main><img src="x.png"><button style="width:20px;height:20px">x</button></main></body></html>',
    );
    expect((await seriousAccessibilityFindings(page)).map((f) => f.id)).toContain('image-alt');
    expect(await undersizedTouchTargets(page)).toHaveLength(1);
    await page.close();
  });

  it('reports what a strict Content-Security-Policy refused as a critical finding', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="zh-CN"><head><title>t</title>' +
        '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'">' +
        '</head><body><main><h1>办事</h1><script>document.title = "inline"</script></main></body></html>',
    );
    const findings = await seriousAccessibilityFindings(page);
    expect(findings).toEqual([
      expect.objectContaining({ id: 'content-security-policy', impact: 'critical' }),
    ]);
    expect(await page.title()).toBe('t');
    await page.close();
  });

  it('passes a clean page', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="zh-CN"><head><title>t</title></head><body><main><h1>办事</h1><button style="width:60px;height:60px">提交</button></main></body></html>',
    );
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    expect(await undersizedTouchTargets(page)).toEqual([]);
    await page.close();
  });
});
