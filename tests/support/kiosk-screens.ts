import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAccessibilityFindings, undersizedTouchTargets } from '@qinqing/tools/browser';

/** The kiosk's touch screen, upright and on its side. */
export const KIOSK_PORTRAIT = { width: 1080, height: 1920 };
export const KIOSK_LANDSCAPE = { width: 1920, height: 1080 };

/**
 * One kiosk screen looked at as its user sees it: a full-page screenshot in both orientations (to
 * `<shots>/<name>-<orientation>.png`), no touch target under 48 px in either, no serious or critical axe
 * finding; the page is left upright.
 */
export const checkKioskScreen = async (page: Page, shots: string, name: string): Promise<void> => {
  for (const [orientation, size] of [
    ['portrait', KIOSK_PORTRAIT],
    ['landscape', KIOSK_LANDSCAPE],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${shots}/${name}-${orientation}.png`, fullPage: true });
    expect(await undersizedTouchTargets(page), `${name} ${orientation}: small touch targets`).toEqual([]);
  }
  expect(await seriousAccessibilityFindings(page), `${name}: axe`).toEqual([]);
  await page.setViewportSize(KIOSK_PORTRAIT);
};

/** A tap on a kiosk button by its exact name (the on-screen keyboards' keys, the flow's buttons). */
export const pressKioskButton = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).click();
