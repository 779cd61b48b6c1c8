import {describe, expect, it} from 'vitest';
import {isoDate, longDate} from '../../src/lib/dates';
import type {ReadingPreferences} from '../../src/components/ReadingToolbar/reading-preferences';
import {expectNoAxeViolations, expectVisibleFocus, PHONE, screenshot, siteUrl, useBrowser, visibleCount} from './browser';

/** The reading modes every page type must pass axe in. */
export const READING_MODES: Record<string, Partial<ReadingPreferences>> = {
  normal: {},
  'high-visibility': {highVisibility: true},
};

/** On a phone, the default and the most demanding choice: large text in high visibility. */
const PHONE_MODES: Record<string, Partial<ReadingPreferences>> = {
  normal: {},
  'large-high-visibility': {textSize: 'large', highVisibility: true},
};

/**
 * The accessibility checks every page type must pass, as one line a page type:
 * zero axe violations (WCAG 2.2 AA) in each reading mode, a working skip link,
 * no sideways scrolling on a 375px phone with the toolbar in reach, and a
 * clean print. Screenshots of each go to test-results/screenshots/NAME-*.png.
 */
export function checkPageAccessibility(route: string, name: string): void {
  describe(`the ${name} page (${route})`, () => {
    const browser = useBrowser();

    for (const [mode, reading] of Object.entries(READING_MODES)) {
      it(`has no WCAG 2.2 AA violations in ${mode} mode`, async () => {
        const page = await browser.open(route, {reading});
        await expectNoAxeViolations(page);
        await screenshot(page, `${name}-${mode}`);
      });
    }

    it('is entered by "Skip to main content", the first Tab stop', async () => {
      const page = await browser.open(route);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await expectVisibleFocus(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });

    for (const [mode, reading] of Object.entries(PHONE_MODES)) {
      it(`fits a ${PHONE.width}px phone with the reading toolbar in reach (${mode})`, async () => {
        const page = await browser.open(route, {viewport: PHONE, reading});
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        const toolbar = page.getByRole('region', {name: 'Reading options'});
        for (const button of await toolbar.getByRole('button').all()) {
          const box = await button.boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, await button.innerText()).toBe(true);
        }
        await screenshot(page, `${name}-phone-${mode}`);
      });
    }

    it('prints without navigation or the toolbar, saying when and where it was printed', async () => {
      const page = await browser.open(route);
      await page.emulateMedia({media: 'print'});
      for (const chrome of [
        page.getByRole('navigation', {name: 'Main'}),
        page.getByRole('navigation', {name: 'Docs sidebar'}),
        page.getByRole('region', {name: 'Reading options'}),
        page.getByRole('contentinfo'),
      ]) {
        expect(await visibleCount(chrome)).toBe(0);
      }
      const today = longDate(isoDate(new Date()));
      expect(await page.getByTestId('printed-on').innerText()).toBe(
        `Printed on ${today} from ${siteUrl(route)} — check the online manual for the current version`,
      );
      await screenshot(page, `${name}-print`);
    });
  });
}
