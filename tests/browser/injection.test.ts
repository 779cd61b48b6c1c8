import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {CHROMIUM_ARGS} from './chromium';
import {serveBuild} from './serve-build';

// The sample site with markup put everywhere `check` lets text through —
// frontmatter strings, a part title, code and entities in the body — built,
// served by Caddy with the site's Content-Security-Policy and opened in
// Chromium. Each injection would open a dialog if it ran. (Raw HTML, script
// links and markup in titles are refused by `check`: see the broken-manual
// corpus.)
const INJECTED = {
  part: `Specific Circumstances </script><img src=x onerror=alert('part')>`,
  change: `by adding <script>alert('change')</script> to Section 1.`,
  owner: `<b onmouseover=alert('owner')>Online Safety</b>`,
  keyword: `<img src=x onerror=alert('keyword')>`,
  reading: `<script>alert('reading')</script>`,
  code: `<script>alert('code')</script>`,
  entity: `<img src=x onerror=alert('entity')>`,
};

const site = mkdtempSync(path.join(tmpdir(), 'procedures-injection-'));
let server: {url: string; close: () => Promise<void>};
let browser: Browser;
const dialogs: string[] = [];
const violations: string[] = [];

function inject_(file: string, edit: (text: string) => string) {
  const full = path.join(site, file);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
}

beforeAll(async () => {
  for (const entry of ['docs', 'history', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(site, entry), {recursive: true});
  }
  symlinkSync(path.resolve('node_modules'), path.join(site, 'node_modules'));
  inject_('docs/manual.yml', (t) => t.replace('title: Safeguarding Children in Specific Circumstances', `title: "${INJECTED.part}"`));
  inject_('docs/child-abuse-and-ict.md', (t) =>
    t
      .replace(/change: >-\n.*\n/, `change: "${INJECTED.change}"\n`)
      .replace('version: 2', 'version: 3')
      .replace('owner: Online Safety Sub-Group', `owner: "${INJECTED.owner}"`)
      .replace('keywords: [grooming,', `keywords: ["${INJECTED.keyword}", grooming,`)
      .replace('  - title: Child Exploitation and Online Protection (CEOP)', `  - title: "${INJECTED.reading}"`)
      .replace('## The Internet\n', `## The Internet\n\nWrite \`${INJECTED.code}\` as text; so is &lt;img src=x onerror=alert('entity')&gt;.\n`),
  );
  const build = spawnSync(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'], {cwd: site, encoding: 'utf8'});
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  server = await serveBuild(path.join(site, 'build'));
  browser = await chromium.launch({executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS});
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(route: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${route}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${route}: ${message.text()}`);
  });
  await page.goto(`${server.url}${route}`);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  // Give an onerror or a late script time to run.
  await page.waitForTimeout(300);
  return page;
}

describe('markup in chapter content, built and opened', () => {
  it('shows every injection on the chapter page as text, and runs none', async () => {
    const page = await visit('/procedures/child-abuse-and-ict');
    const text = await page.locator('main').innerText();
    expect(text).toContain(INJECTED.change);
    expect(text).toContain(INJECTED.reading);
    expect(text).toContain(INJECTED.code);
    expect(text).toContain(INJECTED.entity);
    expect(await page.locator('main img[src="x"], main script, [onerror], [onmouseover]').count()).toBe(0);
    // The schema.org data carries the part title and the change note, escaped, and still reads as the same JSON.
    const [breadcrumbs, work] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((d) => JSON.parse(d));
    expect(breadcrumbs.itemListElement[0].name).toBe(`Part 4: ${INJECTED.part}`);
    expect(work.description).toBe(`Updated: ${INJECTED.change}`);
    await page.close();
  });

  it('runs none on the home page, the history, the search results or the amendments', async () => {
    for (const route of ['/', '/procedures/child-abuse-and-ict/history', '/search?q=grooming', '/amendments', '/procedures/part/specific-circumstances']) {
      const page = await visit(route);
      expect(await page.locator('img[src="x"], [onerror], [onmouseover]').count(), route).toBe(0);
      await page.close();
    }
    const history = await visit('/procedures/child-abuse-and-ict/history');
    expect(await history.locator('main').innerText()).toContain(INJECTED.change);
    await history.close();
  });

  it('opened no dialog and broke no security policy', () => {
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });
});
