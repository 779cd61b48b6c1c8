import type {Locator} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {useBrowser, visibleCount} from './browser';

const CHAPTER = '/procedures/child-abuse-and-ict';

/** What a link's ::after prints: its address in brackets, or 'none'. */
const printedAfter = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);

describe('a printed chapter', () => {
  const browser = useBrowser();

  it('opens with its number, title, version and effective date, without the screen-only aids', async () => {
    const page = await browser.open(CHAPTER);
    const versionLine = page.getByTestId('print-version');
    expect(await visibleCount(versionLine)).toBe(0);
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('h1').innerText()).toBe('4.4 Child Abuse and Information Communication Technology');
    expect(await versionLine.innerText()).toBe('Version 2 · in force from 1 February 2009');
    for (const aid of [
      page.getByRole('navigation', {name: 'Breadcrumbs'}),
      page.getByRole('navigation', {name: 'Docs pages'}),
      page.locator('.theme-doc-toc-desktop, .theme-doc-toc-mobile'),
      page.getByRole('link', {name: 'Top of page'}),
      page.getByRole('button', {name: 'Scroll back to top'}),
    ]) {
      expect(await visibleCount(aid)).toBe(0);
    }
  });

  it('prints the address of each link out of the manual after its text', async () => {
    const page = await browser.open(CHAPTER);
    await page.emulateMedia({media: 'print'});
    const ceop = page.getByRole('region', {name: 'Further reading'}).getByRole('link').first();
    expect(await printedAfter(ceop)).toBe('" (https://www.ceop.police.uk/)"');
    const related = page.getByRole('region', {name: 'Related procedures'}).getByRole('link').first();
    expect(await printedAfter(related)).toBe('none');
  });

  it('keeps each heading with the text after it, and list items whole', async () => {
    const page = await browser.open(CHAPTER);
    await page.emulateMedia({media: 'print'});
    const heading = page.locator('h2#the-internet');
    expect(await heading.evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
    expect(await heading.evaluate((h) => getComputedStyle(h.nextElementSibling!).breakBefore)).toBe('avoid');
    expect(
      await page
        .locator('.chapter-body li')
        .first()
        .evaluate((li) => getComputedStyle(li).breakInside),
    ).toBe('avoid');
  });
});
