import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {READING_NAMES, TEXT_SIZES} from '../../src/components/ReadingToolbar/reading-preferences';
import {useBrowser} from './browser';

const WIDTHS = [320, 375, 414];
const PAGES: [string, string][] = [
  ['/', 'home'],
  ['/procedures/child-abuse-and-ict', 'chapter'],
  ['/amendments', 'amendments'],
  ['/search?q=grooming', 'search'],
];

/**
 * Pairs of visible controls, links and inputs in the page header (reading
 * toolbar and navbar) whose boxes intersect; an element and one inside it
 * are not a pair. The closed mobile menu, drawn off screen, is left out.
 */
function overlapsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>('.reading-toolbar button, .navbar a, .navbar button, .navbar input')).filter((el) => {
      const box = el.getBoundingClientRect();
      return !el.closest('.navbar-sidebar') && box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    const name = (el: HTMLElement) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    const found: string[] = [];
    controls.forEach((a, i) => {
      for (const b of controls.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const width = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const height = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (width > 0.5 && height > 0.5) found.push(`${name(a)} overlaps ${name(b)}`);
      }
    });
    return found;
  });
}

/** The reading choices as the toolbar sets them on <html>. */
async function setReading(page: Page, textSize: string, highVisibility: boolean): Promise<void> {
  await page.evaluate(
    ([size, high, names]) => {
      document.documentElement.setAttribute(names.attribute.textSize, size);
      document.documentElement.setAttribute(names.attribute.highVisibility, String(high));
    },
    [textSize, highVisibility, READING_NAMES] as const,
  );
}

describe('the header on a phone', () => {
  const browser = useBrowser();

  for (const [route, name] of PAGES) {
    it(`keeps the title, the menu and the search box apart on the ${name} page, at every width, text size and reading mode`, async () => {
      const page = await browser.open(route, {viewport: {width: 320, height: 700}});
      for (const width of WIDTHS) {
        await page.setViewportSize({width, height: 700});
        for (const textSize of TEXT_SIZES) {
          for (const highVisibility of [false, true]) {
            await setReading(page, textSize, highVisibility);
            const where = `${width}px, ${textSize} text${highVisibility ? ', high visibility' : ''}`;
            expect(await overlapsIn(page), where).toEqual([]);
            const search = page.getByRole('combobox', {name: 'Search the procedures'});
            expect(await search.isVisible(), where).toBe(true);
            const box = (await search.boundingBox())!;
            expect(box.x >= 0 && box.x + box.width <= width, `${where}: the search box fits the screen`).toBe(true);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
          }
        }
        await setReading(page, 'medium', false);
        await page.locator('.navbar').screenshot({path: `test-results/screenshots/phone-header-${name}-${width}.png`});
        await setReading(page, 'large', true);
        await page.locator('.navbar').screenshot({path: `test-results/screenshots/phone-header-${name}-${width}-large-high-visibility.png`});
      }
      await page.close();
    });
  }

  it('searches from the phone header in one tap', async () => {
    const page = await browser.open('/procedures/referrals', {viewport: {width: 320, height: 700}});
    await page
      .getByRole('combobox', {name: 'Search the procedures'})
      .tap()
      .catch(() => page.getByRole('combobox', {name: 'Search the procedures'}).click());
    await page.keyboard.type('strategy');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    expect(await overlapsIn(page)).toEqual([]);
    await page.close();
  });
});
