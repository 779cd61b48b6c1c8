import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type axe from 'axe-core';
import {chromium, type Browser, type BrowserContextOptions, type Locator, type Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, expect, inject} from 'vitest';
import {READING_NAMES, type ReadingPreferences} from '../../src/components/ReadingToolbar/reading-preferences';
import {CHROMIUM_ARGS} from './chromium';

const SCREENSHOTS = 'test-results/screenshots';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DESKTOP = {width: 1280, height: 900};
export const PHONE = {width: 375, height: 812};

export interface PageOptions {
  viewport?: {width: number; height: number};
  /** Reading choices stored as if made on an earlier visit. */
  reading?: Partial<ReadingPreferences>;
  /** The system's colour scheme, contrast and motion settings. */
  colorScheme?: BrowserContextOptions['colorScheme'];
  contrast?: BrowserContextOptions['contrast'];
  reducedMotion?: BrowserContextOptions['reducedMotion'];
  /** A phone's touch screen: taps, and no hover. */
  hasTouch?: boolean;
  isMobile?: boolean;
  /**
   * The site's service worker saves the whole manual on a first visit. Only
   * the offline tests let it run: elsewhere it would download the manual
   * again for every fresh visitor, and answer from its copy, not the server.
   */
  serviceWorkers?: BrowserContextOptions['serviceWorkers'];
}

/** The full address of a site path on the test server. */
export function siteUrl(route: string): string {
  return `${inject('baseUrl')}${route}`;
}

/** localStorage as the reading toolbar would have left it. */
function storedReading(reading: Partial<ReadingPreferences>): BrowserContextOptions['storageState'] {
  const localStorage = Object.entries(reading).map(([key, value]) => ({
    name: READING_NAMES.storage[key as keyof ReadingPreferences],
    value: String(value),
  }));
  return {cookies: [], origins: [{origin: inject('baseUrl'), localStorage}]};
}

/**
 * One Chromium per test file, closed after it. `newPage` gives a fresh visitor
 * (own storage) on a blank page; `open` also loads a site path and waits for
 * React to take over the server-rendered page.
 */
export function useBrowser() {
  let browser: Browser;
  // Every page is served with the site's Content-Security-Policy: anything it blocks fails the test.
  const violations: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS});
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    const found = violations.splice(0);
    expect(found, 'Content-Security-Policy violations').toEqual([]);
  });
  async function newPage({viewport = DESKTOP, reading = {}, serviceWorkers = 'block', ...system}: PageOptions = {}): Promise<Page> {
    const page = await browser.newPage({viewport, storageState: storedReading(reading), serviceWorkers, ...system});
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }
  return {
    newPage,
    async open(route: string, options: PageOptions = {}): Promise<Page> {
      const page = await newPage(options);
      await page.goto(siteUrl(route));
      await waitForHydration(page);
      return page;
    },
  };
}

/** After a load or reload: React has taken over the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Fails with each axe violation's rule and the elements it found (WCAG 2.2 AA). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: a <script> tag added to the page would be blocked by its CSP.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as {axe: typeof axe}).axe.run(document, {runOnly: {type: 'tag', values: tags}});
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  expect(violations).toEqual([]);
}

/** Fails unless the focused element shows a focus ring: a real outline or a box shadow. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return {element: 'nothing focused', visible: false};
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const element = `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 60)}`;
    return {element, visible: outline || style.boxShadow !== 'none'};
  });
  expect(focus, `focus ring on ${focus.element}`).toMatchObject({visible: true});
}

/** How many of the elements are drawn: zero when printing hides them, say. */
export async function visibleCount(locator: Locator): Promise<number> {
  return locator.evaluateAll((elements) => elements.filter((el) => el.checkVisibility()).length);
}

/** Keeps a screenshot of each page type for review (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, {recursive: true});
  await page.screenshot({path: `${SCREENSHOTS}/${name}.png`, fullPage: true});
}
