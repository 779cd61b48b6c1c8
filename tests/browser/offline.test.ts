import {appendFileSync, cpSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {expectNoAxeViolations, screenshot, useBrowser, waitForHydration} from './browser';
import {serveBuild} from './serve-build';

/**
 * Each test serves the build on its own and then stops the server: the
 * network is really gone, for the page and for its service worker (whose
 * requests Playwright's offline switch does not stop).
 */
describe('the manual with the network cut', () => {
  const browser = useBrowser();
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  beforeAll(async () => {
    server = await serveBuild('build');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function visit(route: string): Promise<Page> {
    const page = await browser.newPage({serviceWorkers: 'allow'});
    await page.goto(`${server!.url}${route}`);
    await waitForHydration(page);
    // The service worker has saved the current manual once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    return page;
  }

  async function cutNetwork(context: BrowserContext): Promise<void> {
    await server!.close();
    await expect
      .poll(() =>
        fetch(server!.url).then(
          () => 'up',
          () => 'down',
        ),
      )
      .toBe('down');
    await context.setOffline(true);
  }

  it('after one visit, opens another chapter and searches it; a past version says it needs the network', async () => {
    const page = await visit('/procedures/child-abuse-and-ict');
    const status = page.getByTestId('offline-status');
    await expect.poll(() => status.innerText()).toBe('This manual is saved on this device, for reading without a network.');
    await cutNetwork(page.context());

    await page.goto(`${server!.url}/procedures/referrals`);
    await waitForHydration(page);
    expect(await page.locator('h1').innerText()).toContain('Referrals');
    await expect.poll(() => status.innerText()).toBe('You are offline: reading the copy of the manual saved on this device.');
    await screenshot(page, 'offline-chapter');

    const search = page.getByRole('combobox', {name: 'Search the procedures'});
    await search.fill('strategy discussion');
    // Sections found, besides the last option ("See all … results"): the index came from the saved copy.
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?highlight=/);

    // Past versions' texts are not saved: searching them says why, rather than failing.
    await page.goto(`${server!.url}/search?q=internet&past=1`);
    await waitForHydration(page);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Past versions can be searched only with a network connection');
    await screenshot(page, 'offline-past-search');

    // Nor is the code of the history pages: a link to one leads to the page that says it needs the network.
    await page.goto(`${server!.url}/procedures/child-abuse-and-ict`);
    await waitForHydration(page);
    await page.getByRole('link', {name: 'All versions of this chapter'}).click();
    await page.waitForURL('**/offline?from=%2Fprocedures%2Fchild-abuse-and-ict%2Fhistory');
    const saved = await page.evaluate(async () => {
      const names = await Promise.all((await caches.keys()).map(async (key) => (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname)));
      return names.flat();
    });
    expect(saved.filter((file) => file.includes('/past/') || /\/v\d+\.html$/.test(file))).toEqual([]);

    await page.goto(`${server!.url}/procedures/child-abuse-and-ict/v1`);
    await page.waitForURL('**/offline?from=%2Fprocedures%2Fchild-abuse-and-ict%2Fv1');
    await waitForHydration(page);
    expect(await page.locator('h1').innerText()).toBe('This page needs a network connection');
    expect(await page.getByRole('link', {name: 'Try the page you asked for again'}).getAttribute('href')).toBe('/procedures/child-abuse-and-ict/v1');
    await expectNoAxeViolations(page);
    await screenshot(page, 'offline-not-saved');
  });

  it('prints a chapter offline, with the print styles saved beside it', async () => {
    server = await serveBuild('build');
    const page = await visit('/procedures/referrals');
    await cutNetwork(page.context());
    await page.goto(`${server.url}/procedures/strategy-discussions`);
    await waitForHydration(page);
    await page.emulateMedia({media: 'print'});
    expect(await page.locator('.navbar').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect((await page.pdf()).byteLength).toBeGreaterThan(10_000);
  });

  it('says when a newer release has been published, and reloads into it', async () => {
    // A copy of the build, published again below with a new release.
    const dir = mkdtempSync(path.join(tmpdir(), 'procedures-republished-'));
    cpSync('build', dir, {recursive: true});
    server = await serveBuild(dir);
    const page = await visit('/procedures/referrals');
    appendFileSync(path.join(dir, 'sw.js'), '\n// published again\n');
    writeFileSync(path.join(dir, 'latest-release.json'), JSON.stringify({title: 'June 2009', date: '2009-06-01'}));
    await page.reload();
    const notice = page.getByRole('region', {name: 'A newer copy of the manual'});
    await notice.waitFor();
    expect(await notice.getByRole('status').innerText()).toBe('The manual was updated on 1 June 2009 — reload to read the new version.');
    await screenshot(page, 'offline-newer-release');
    await expectNoAxeViolations(page);
    const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
    expect(await waiting()).toBe(true);
    await notice.getByRole('button', {name: 'Reload'}).click();
    await page.waitForEvent('load');
    await waitForHydration(page);
    // The new copy took over: no saved copy is left waiting, and the page came from the republished site.
    expect(await waiting()).toBe(false);
    expect(await page.evaluate(() => fetch('/sw.js').then((r) => r.text()))).toContain('// published again');
  });
});
