import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from './support/embedded-test-server';

const UIS = ['kiosk', 'console', 'track', 'display', 'report'] as const;

/**
 * How the built UIs are served (npm run build:ui first): scripts and stylesheets precompressed with Brotli
 * and gzip, chosen by the browser's Accept-Encoding; zoom never forbidden by the viewport (WCAG 1.4.4), the
 * kiosk's touch screen keeping pinch zoom off by touch-action instead; and no request of a load answering 404.
 */
describe('serving the kiosk, the console and the tracking page', () => {
  let server: EmbeddedTestServer;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const assetsOf = async (ui: string): Promise<string[]> => {
    const html = await (await fetch(`${server.baseUrl}/${ui}/`)).text();
    return [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/gu)].map((m) => m[1] ?? '');
  };

  it.each(UIS)('serves the %s scripts and styles as Brotli or gzip, as the browser accepts', async (ui) => {
    const assets = await assetsOf(ui);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const plain = await fetch(`${server.baseUrl}${asset}`, { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await plain.arrayBuffer());
      expect(plain.headers.get('content-encoding'), asset).toBeNull();
      for (const [accepted, expected] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        // Node's fetch decodes compressed bodies itself; the headers say what was sent.
        const answer = await fetch(`${server.baseUrl}${asset}`, { headers: { 'accept-encoding': accepted } });
        expect(answer.status, asset).toBe(200);
        if (body.length < 1024) continue; // too small to be worth compressing
        expect(answer.headers.get('content-encoding'), `${asset} for ${accepted}`).toBe(expected);
        expect(answer.headers.get('vary'), asset).toContain('Accept-Encoding');
        expect(answer.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
        expect(Buffer.from(await answer.arrayBuffer()).equals(body), `${asset} decodes to the file`).toBe(
          true,
        );
      }
    }
  });

  it('never forbids zoom in the viewport (WCAG 1.4.4)', async () => {
    for (const ui of UIS) {
      const html = await (await fetch(`${server.baseUrl}/${ui}/`)).text();
      expect(/<meta name="viewport" content="([^"]+)"/u.exec(html)?.[1], ui).toBe(
        'width=device-width, initial-scale=1',
      );
    }
  });

  describe.skipIf(inject('chromiumPath') === null)('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('keeps pinch and double-tap zoom off on the kiosk touch screen only', async () => {
      const touchAction = async (ui: string) => {
        const page = await browser.newPage();
        await page.goto(`${server.baseUrl}/${ui}/`);
        const value = await page.evaluate(() => getComputedStyle(document.documentElement).touchAction);
        await page.close();
        return value;
      };
      expect(await touchAction('kiosk')).toBe('pan-x pan-y');
      expect(await touchAction('console')).toBe('auto');
      expect(await touchAction('track')).toBe('auto');
    });

    it.each(UIS)('loads the %s without a single 404', async (ui) => {
      const page = await browser.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(response.url());
      });
      await page.goto(`${server.baseUrl}/${ui}/`, { waitUntil: 'networkidle' });
      expect(missing).toEqual([]);
      await page.close();
    });
  });
});
