import {describe, expect, it} from 'vitest';
import {expectVisibleFocus, useBrowser} from './browser';
import {READING_MODES} from './page-checks';

/** Far more Tab stops than a chapter has before its related procedures: a stuck journey fails, not hangs. */
const MAX_TABS = 150;

const focusedText = `document.activeElement?.textContent?.trim()`;

describe('a keyboard-only reader', () => {
  const browser = useBrowser();

  for (const [mode, reading] of Object.entries(READING_MODES)) {
    it(`skips to a chapter, tabs to a related procedure and follows it, with focus visible at every stop (${mode})`, async () => {
      const page = await browser.open('/procedures/child-abuse-and-ict', {reading});
      await page.keyboard.press('Tab');
      expect(await page.evaluate(focusedText)).toBe('Skip to main content');
      await expectVisibleFocus(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

      const related = page.getByRole('region', {name: 'Related procedures'});
      const inRelated = () => related.evaluate((region) => region.contains(document.activeElement));
      for (let tabs = 0; tabs < MAX_TABS && !(await inRelated()); tabs++) {
        await page.keyboard.press('Tab');
        await expectVisibleFocus(page);
      }
      expect(await inRelated()).toBe(true);
      expect(await page.evaluate(focusedText)).toBe('2.1 Referrals (including Referrals Pathway)');

      await page.keyboard.press('Enter');
      await page.waitForURL('**/procedures/referrals');
      await expect.poll(() => page.locator('h1').innerText()).toBe('2.1 Referrals (including Referrals Pathway)');
      // The new page starts again from the top: focus rests on the skip link's
      // region (not <body>, which would leave the next Tab wherever the old
      // page left off), so the next Tab is the skip link.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Skip to main content');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(focusedText)).toBe('Skip to main content');
    });
  }
});
