import {mkdirSync} from 'node:fs';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, beforeAll, expect, inject} from 'vitest';
import {CHROMIUM_ARGS} from './chromium';

const SCREENSHOTS = 'test-results/screenshots';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One Chromium per test file, closed after it; `open` gives a fresh page at a site path. */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(route: string, viewport = {width: 1280, height: 900}): Promise<Page> {
      const page = await browser.newPage({viewport});
      await page.goto(`${inject('baseUrl')}${route}`);
      // Hydrated: React has taken over the server-rendered page.
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      return page;
    },
  };
}

/** Fails with each axe violation's rule and the elements it found (WCAG 2.2 AA). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.addScriptTag({content: AXE_SOURCE});
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as {axe: typeof import('axe-core')}).axe.run(document, {runOnly: {type: 'tag', values: tags}});
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  expect(violations).toEqual([]);
}

/** Keeps a screenshot of each page type for review (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, {recursive: true});
  await page.screenshot({path: `${SCREENSHOTS}/${name}.png`, fullPage: true});
}
