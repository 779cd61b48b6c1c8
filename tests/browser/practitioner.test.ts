import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {expectNoAxeViolations, PHONE, screenshot, siteUrl, useBrowser, waitForHydration, visibleCount} from './browser';
import {READING_MODES} from './page-checks';

/** The first glossary term a chapter explains in place, and the definition it controls. */
async function firstTerm(page: Page) {
  const button = page.locator('.theme-doc-markdown button[aria-controls]').first();
  const definition = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  return {button, definition};
}

describe('glossary terms in a chapter', () => {
  const browser = useBrowser();

  it('show their definition on hover, and hide it when the pointer leaves', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    const {button, definition} = await firstTerm(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await definition.isVisible()).toBe(false);
    await button.hover();
    await definition.waitFor({state: 'visible'});
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await definition.getByRole('link', {name: 'More in the glossary'}).getAttribute('href')).toMatch(/^\/glossary#[a-z0-9-]+$/);
    // The pointer can move onto the definition without it closing (WCAG 1.4.13).
    await definition.hover();
    expect(await definition.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await definition.waitFor({state: 'hidden'});
  });

  it('show it on keyboard focus, and Escape hides it with focus kept on the term', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    const {button, definition} = await firstTerm(page);
    await button.focus();
    await definition.waitFor({state: 'visible'});
    await screenshot(page, 'glossary-term-focus');
    await page.keyboard.press('Escape');
    await definition.waitFor({state: 'hidden'});
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('show it on a tap, and a second tap hides it', async () => {
    const page = await browser.newPage({viewport: PHONE, hasTouch: true, isMobile: true});
    await page.goto(siteUrl('/procedures/child-abuse-and-ict'));
    await waitForHydration(page);
    const {button, definition} = await firstTerm(page);
    await button.tap();
    await definition.waitFor({state: 'visible'});
    const box = (await definition.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'glossary-term-phone');
    await button.tap();
    await definition.waitFor({state: 'hidden'});
  });

  for (const [mode, reading] of Object.entries(READING_MODES)) {
    it(`has no WCAG 2.2 AA violations with a definition open (${mode})`, async () => {
      const page = await browser.open('/procedures/child-abuse-and-ict', {reading});
      const {button, definition} = await firstTerm(page);
      await button.click();
      await definition.waitFor({state: 'visible'});
      await expectNoAxeViolations(page);
    });
  }

  it('leaves definitions out of print', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    const {button, definition} = await firstTerm(page);
    await button.click();
    await page.emulateMedia({media: 'print'});
    expect(await visibleCount(definition)).toBe(0);
    expect(await visibleCount(button)).toBe(1);
  });
});

describe('what changed since the last visit', () => {
  const browser = useBrowser();

  /** A returning reader who last looked when October 2008 was the latest release. */
  async function returningReader() {
    const page = await browser.open('/');
    await page.evaluate(() => {
      localStorage.setItem('procedures:seen-release', JSON.stringify({title: 'October 2008', date: '2008-10-01'}));
      sessionStorage.clear();
    });
    await page.reload();
    await waitForHydration(page);
    return page;
  }

  it('lists on the home page the chapters updated since, each with the comparison from the version last seen', async () => {
    const page = await returningReader();
    const panel = page.getByTestId('updated-since');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('When you last looked, the latest update was October 2008 (1 October 2008). 2 chapters have changed since then:');
    // As a screen reader reads them: each comparison link names its chapter.
    expect(await panel.getByRole('listitem').allTextContents()).toEqual([
      '3.1 Allegations against Staff, Carers and Volunteers — what changed from version 1 to version 2 in 3.1',
      '4.4 Child Abuse and Information Communication Technology — what changed from version 1 to version 2 in 4.4',
    ]);
    const compare = panel.getByRole('link', {name: 'what changed from version 1 to version 2 in 4.4'});
    expect(await compare.getAttribute('href')).toBe('/procedures/child-abuse-and-ict/compare?from=1&to=2');
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-updated-since');
    // The marks last the visit: moving on and back keeps them.
    await page
      .getByRole('link', {name: /4\.4 Child Abuse and Information Communication Technology/})
      .first()
      .click();
    await page.waitForURL('**/procedures/child-abuse-and-ict');
    // Part 4 is open in the navigation: of its chapters, only 4.4 changed in February 2009.
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    await expect.poll(() => sidebar.getByRole('link', {name: /^4\.4 .*, updated since your last visit$/}).count()).toBe(1);
    expect(await sidebar.getByRole('link', {name: /updated since your last visit$/}).count()).toBe(1);
    await screenshot(page, 'chapter-updated-mark');
  });

  it('clears the marks when the reader asks, and shows none on a first visit', async () => {
    const page = await returningReader();
    await page.getByRole('button', {name: 'Clear these marks'}).click();
    await page.getByTestId('updated-since').waitFor({state: 'detached'});
    // Focus is not lost with the button: it lands on the line saying the marks are cleared.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^The marks are cleared\./);
    await page.reload();
    await waitForHydration(page);
    expect(await page.getByTestId('updated-since').count()).toBe(0);

    const first = await browser.open('/');
    expect(await first.getByTestId('updated-since').count()).toBe(0);
    expect(await first.evaluate(() => JSON.parse(localStorage.getItem('procedures:seen-release') ?? 'null'))).toEqual({
      title: 'February 2009',
      date: '2009-02-01',
    });
    expect(await first.context().cookies()).toEqual([]);
  });
});

describe('the downloads of the home page and a chapter page', () => {
  const browser = useBrowser();

  /** The code and data a page downloads until its network is idle. */
  async function downloads(route: string): Promise<string> {
    const page = await browser.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
    });
    await page.goto(siteUrl(route), {waitUntil: 'networkidle'});
    await waitForHydration(page);
    return (await Promise.all(scripts)).join('\n');
  }

  // Both pages, and the navbar on every page, link to the amendments and on-a-date pages, whose data grows with the
  // manual; Docusaurus's links download a page's data as soon as they are visible.
  it.each(['/', '/procedures/child-abuse-and-ict'])('leave out the data of the amendments and on-a-date pages (%s)', async (route) => {
    const code = await downloads(route);
    expect(code, "the amendments page's data").not.toContain('releases/2009-02-01-february-2009.yml');
    expect(code, "the on-a-date page's data").not.toContain('"released":"2008-04-01"');
  });

  it("bring a chapter's own data with it", async () => {
    expect(await downloads('/procedures/child-abuse-and-ict')).toContain('Online Safety Sub-Group');
  });
});

describe('a browser that blocks site storage', () => {
  const browser = useBrowser();

  it('still shows every page, with no marks', async () => {
    const page = await browser.newPage();
    // As with cookies and site data blocked: touching either storage throws.
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    await page.goto(siteUrl('/procedures/child-abuse-and-ict'));
    await waitForHydration(page);
    expect(await page.locator('h1').innerText()).toContain('4.4');
    await page.goto(siteUrl('/'));
    await waitForHydration(page);
    expect(await page.locator('h1').innerText()).toContain('Procedures');
    expect(await page.getByTestId('updated-since').count()).toBe(0);
  });
});

describe('following a search result', () => {
  const browser = useBrowser();

  it('highlights the words searched for in the section it lands on, says so, and clears them on the next navigation', async () => {
    const page = await browser.open('/search?q=grooming');
    await page.locator('a[href^="/procedures/child-abuse-and-ict?highlight=groom#"]').first().click();
    await page.waitForURL(/\?highlight=groom#/);
    await expect.poll(() => page.evaluate(() => (CSS.highlights as unknown as Map<string, Set<Range>>).get('search-terms')?.size ?? 0)).toBeGreaterThan(0);
    const words = await page.evaluate(() =>
      [...(CSS.highlights as unknown as Map<string, Set<Range>>).get('search-terms')!].map((r) => r.toString().toLowerCase()),
    );
    expect(words.every((w) => w.startsWith('groom'))).toBe(true);
    await expect.poll(() => page.locator('#search-highlight-status').innerText()).toMatch(/^\d+ words? you searched for highlighted in the section “.+”\.$/);
    await screenshot(page, 'search-highlight');
    await expectNoAxeViolations(page);
    await page.locator('.theme-doc-markdown a[href^="/procedures/"]').first().click();
    await page.waitForURL((url) => !url.search.includes('highlight'));
    await expect.poll(() => page.evaluate(() => (CSS.highlights as unknown as Map<string, unknown>).has('search-terms'))).toBe(false);
  });
});

describe('a flowchart in a chapter', () => {
  const browser = useBrowser();

  it('is drawn for sighted readers, hidden from screen readers and print, with its text alternative beside it', async () => {
    const page = await browser.open('/procedures/referrals');
    const diagram = page.getByTestId('diagram');
    await diagram.locator('svg').waitFor();
    expect(await diagram.getAttribute('aria-hidden')).toBe('true');
    const words = page.locator('.theme-doc-markdown p', {hasText: 'In words:'});
    expect(await words.innerText()).toMatch(/^In words: whoever is worried/);
    await screenshot(page, 'chapter-diagram');
    await expectNoAxeViolations(page);
    await page.emulateMedia({media: 'print'});
    expect(await visibleCount(diagram)).toBe(0);
    expect(await visibleCount(words)).toBe(1);
  });
});
