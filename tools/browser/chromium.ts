/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import axe from 'axe-core';

/** Debian's Chromium (apt-get install chromium); never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * Headless Chromium as the probe of this machine runs it: no sandbox (root), no GPU, and no background
 * networking, which the closed network here would refuse by the dozen.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * What the page's Content-Security-Policy refused so far (Chromium reports each refusal on the console).
 * The platform serves a strict policy (no inline script or style); anything it blocks is a broken screen.
 */
export const contentSecurityPolicyViolations = async (page: Page): Promise<AxeFinding[]> =>
  (await page.consoleMessages())
    .filter((message) => /Content Security Policy/iu.test(message.text()))
    .map((message) => ({
      id: 'content-security-policy',
      impact: 'critical',
      help: message.text(),
      targets: [message.location().url],
    }));

/**
 * Runs axe-core in the page and returns the serious and critical findings (the ones that must be zero),
 * and every Content-Security-Policy refusal as a critical finding, so each screen checked for accessibility
 * is also checked against the strict policy.
 */
export const seriousAccessibilityFindings = async (page: Page): Promise<AxeFinding[]> => {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; a <script> tag with
  // inline content would (rightly) be refused by it.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run;
    return (await run(document)) as {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
  });
  const policy = await contentSecurityPolicyViolations(page);
  const accessibility = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v): AxeFinding => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.flatMap((n) => n.target),
    }));
  return [...accessibility, ...policy];
};

/** Every visible, enabled button, link and input smaller than `min` px in either dimension. */
export const undersizedTouchTargets = (page: Page, min = 48): Promise<string[]> =>
  page.evaluate((minimum) => {
    const selectors =
      'button, a[href], input, select, textarea, [role="button"], [role="tab"], [role="radio"]';
    return [...document.querySelectorAll<HTMLElement>(selectors)]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.width < minimum || box.height < minimum);
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
      );
  }, min);
