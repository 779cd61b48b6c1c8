import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {siteUrl, useBrowser, waitForHydration} from './browser';

const CHAPTER = '/procedures/child-abuse-and-ict';

function toolbar(page: Page) {
  const region = page.getByRole('region', {name: 'Reading options'});
  return {
    size: (name: 'Small' | 'Medium' | 'Large') => region.getByRole('group', {name: 'Text size:'}).getByRole('button', {name, exact: true}),
    highVisibility: region.getByRole('button', {name: 'High visibility'}),
  };
}

/** What the page looks like now: the root font size and the page colours. */
function looks(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return {fontSize: style.fontSize, background: style.backgroundColor, text: style.color};
  });
}

const HIGH_VISIBILITY = {background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 0)'};
/** Infima's near-black body text, in light mode. */
const NORMAL_TEXT = 'rgb(28, 30, 33)';

describe('the reading toolbar', () => {
  const browser = useBrowser();

  it('offers text sizes and high visibility as labelled toggle buttons, medium text by default', async () => {
    const page = await browser.open(CHAPTER);
    const {size, highVisibility} = toolbar(page);
    await expect.poll(() => size('Medium').getAttribute('aria-pressed')).toBe('true');
    expect(await size('Small').getAttribute('aria-pressed')).toBe('false');
    expect(await size('Large').getAttribute('aria-pressed')).toBe('false');
    expect(await highVisibility.getAttribute('aria-pressed')).toBe('false');
    expect(await looks(page)).toMatchObject({fontSize: '16px'});
  });

  it('applies choices at once and keeps them across pages and visits', async () => {
    const page = await browser.open(CHAPTER);
    const {size, highVisibility} = toolbar(page);
    await size('Large').click();
    await highVisibility.click();
    expect(await size('Large').getAttribute('aria-pressed')).toBe('true');
    expect(await size('Medium').getAttribute('aria-pressed')).toBe('false');
    expect(await highVisibility.getAttribute('aria-pressed')).toBe('true');
    expect(await looks(page)).toEqual({fontSize: '20px', ...HIGH_VISIBILITY});

    // Another chapter, reached by a link (the site does not reload the page).
    await page.getByRole('region', {name: 'Related procedures'}).getByRole('link').first().click();
    await page.waitForURL('**/procedures/referrals');
    await expect.poll(() => size('Large').getAttribute('aria-pressed')).toBe('true');
    expect(await highVisibility.getAttribute('aria-pressed')).toBe('true');
    expect(await looks(page)).toEqual({fontSize: '20px', ...HIGH_VISIBILITY});

    // A later visit.
    await page.reload();
    await waitForHydration(page);
    await expect.poll(() => size('Large').getAttribute('aria-pressed')).toBe('true');
    expect(await highVisibility.getAttribute('aria-pressed')).toBe('true');
    expect(await looks(page)).toEqual({fontSize: '20px', ...HIGH_VISIBILITY});

    await size('Small').click();
    await highVisibility.click();
    expect(await looks(page)).toMatchObject({fontSize: '14px', text: NORMAL_TEXT});
  });

  it('applies stored choices before the page is drawn, without waiting for the site scripts', async () => {
    const page = await browser.newPage({reading: {textSize: 'large', highVisibility: true}});
    // With the site's script bundles blocked, only the inline head script can act.
    await page.route('**/assets/js/**', (route) => route.abort());
    await page.goto(siteUrl(CHAPTER));
    expect(await page.evaluate(() => document.documentElement.dataset.hasHydrated)).not.toBe('true');
    expect(await looks(page)).toEqual({fontSize: '20px', ...HIGH_VISIBILITY});
  });

  it('starts in high visibility when the system asks for more contrast, until the reader turns it off', async () => {
    const page = await browser.open(CHAPTER, {contrast: 'more'});
    const {highVisibility} = toolbar(page);
    await expect.poll(() => highVisibility.getAttribute('aria-pressed')).toBe('true');
    expect(await looks(page)).toMatchObject(HIGH_VISIBILITY);
    await highVisibility.click();
    await page.reload();
    await waitForHydration(page);
    await expect.poll(() => highVisibility.getAttribute('aria-pressed')).toBe('false');
    expect(await looks(page)).toMatchObject({text: NORMAL_TEXT});
  });

  it('looks the same in high visibility whether the system is in light or dark mode', async () => {
    const page = await browser.open(CHAPTER, {colorScheme: 'dark', reading: {highVisibility: true}});
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await looks(page)).toMatchObject(HIGH_VISIBILITY);
  });

  it('moves nothing for readers who ask for reduced motion', async () => {
    const page = await browser.open(CHAPTER, {reducedMotion: 'reduce'});
    const moving = await page.evaluate(() =>
      Array.from(document.querySelectorAll('*'))
        .filter((el) =>
          getComputedStyle(el)
            .transitionDuration.split(',')
            .some((d) => parseFloat(d) > 0.001),
        )
        .map((el) => el.className),
    );
    expect(moving).toEqual([]);
  });
});
