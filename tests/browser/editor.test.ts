import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser, type Frame, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {CHROMIUM_ARGS} from './chromium';
import {expectNoAxeViolations, screenshot, waitForHydration} from './browser';

/**
 * The web editor as an editor uses it: `npm run edit` on a copy of the sample
 * manual, Decap CMS in Chromium saving through the local file server, and the
 * dev site showing what each save did.
 */

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, '.work/editor-test');
const DOCS = '.work/editor-test/docs';
const SITE_PORT = 3391;
const FILE_SERVER_PORT = 8391;
const SITE = `http://localhost:${SITE_PORT}`;
const file = (name: string) => path.join(ROOT, DOCS, name);

let edit: ChildProcess;
let output = '';
let browser: Browser;

beforeAll(async () => {
  rmSync(WORK, {recursive: true, force: true});
  mkdirSync(WORK, {recursive: true});
  cpSync(path.join(ROOT, 'docs'), path.join(WORK, 'docs'), {recursive: true});
  cpSync(path.join(ROOT, 'history'), path.join(WORK, 'history'), {recursive: true});
  edit = spawn(process.execPath, ['bin/procedures.cjs', 'edit', '--port', String(SITE_PORT)], {
    cwd: ROOT,
    env: {...process.env, PROCEDURES_DOCS: DOCS, PROCEDURES_EDITOR_PORT: String(FILE_SERVER_PORT)},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  edit.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  edit.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit did not start in 4 minutes:\n${output}`)), 240_000);
    edit.stdout!.on('data', () => {
      if (output.includes('Press Ctrl-C to stop both')) {
        clearTimeout(timer);
        resolve();
      }
    });
    edit.once('exit', (code) => reject(new Error(`npm run edit stopped (${code}):\n${output}`)));
  });
  browser = await chromium.launch({executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS});
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (edit && edit.exitCode === null) {
    const exited = new Promise((resolve) => edit.once('exit', resolve));
    edit.kill('SIGTERM');
    await exited;
  }
  rmSync(WORK, {recursive: true, force: true});
}, 60_000);

/** The editor, signed in to the local file server, at a screen of Decap's. */
async function openEditor(hash = ''): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 1400, height: 1000}});
  await page.goto(`${SITE}/admin/`);
  await page.getByRole('button', {name: 'Login'}).click();
  await page.getByText('Chapters', {exact: true}).first().waitFor();
  if (hash) await page.goto(`${SITE}/admin/#${hash}`);
  return page;
}

/** Saves the entry open in the editor ("Publish now" in Decap's simple mode) and waits until it is written. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Publish', exact: true}).click();
  await page.getByText('Publish now', {exact: true}).click();
  await page.getByText('Changes saved', {exact: true}).first().waitFor({timeout: 30_000});
}

async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  return (await handle!.contentFrame())!;
}

/** A dev-site page, once the site has recompiled what the last save changed. */
async function openSite(route: string, until: (page: Page) => Promise<boolean>): Promise<Page> {
  const page = await browser.newPage();
  await expect
    .poll(
      async () => {
        await page.goto(`${SITE}${route}`);
        await waitForHydration(page);
        return until(page);
      },
      {timeout: 60_000, interval: 2000},
    )
    .toBe(true);
  return page;
}

/** The form for a new chapter "Children and Online Gaming" in part 4, filled in as an editor would. */
async function fillNewChapter(page: Page, number: string, text: string): Promise<void> {
  await page.getByLabel('Chapter number').fill(number);
  await page.getByLabel('Title', {exact: true}).fill('Children and Online Gaming');
  await page.getByLabel('Part', {exact: true}).click();
  await page.getByText('4. Safeguarding Children in Specific Circumstances', {exact: true}).click();
  await page.getByLabel('In force from').fill('2026-12-01');
  await page.getByLabel('Review due').fill('2027-12-01');
  await page.getByLabel('Owner').fill('Online Safety Sub-Group');
  await page.getByRole('textbox', {name: 'Text', exact: true}).fill(text);
}

function check(): {status: number | null; stdout: string} {
  const run = spawnSync(process.execPath, ['bin/procedures.cjs', 'check', '--dir', DOCS], {cwd: ROOT, encoding: 'utf8'});
  return {status: run.status, stdout: run.stdout};
}

describe('the web editor', () => {
  it('creates chapter 4.6 through the form: its file passes check, and its page shows', async () => {
    const page = await openEditor('/collections/chapters/new');
    await fillNewChapter(
      page,
      '4.6',
      '## Gaming Platforms\n\nMany games let children talk to strangers by voice and text. Treat a concern raised through a game as any other concern.\n',
    );
    await screenshot(page, 'editor-new-chapter');
    await save(page);

    const created = file('children-and-online-gaming.md');
    expect(existsSync(created)).toBe(true);
    const text = readFileSync(created, 'utf8');
    expect(text).toMatch(
      /^---\nid: children-and-online-gaming\nnumber: "4\.6"\ntitle: Children and Online Gaming\npart: specific-circumstances\nversion: 1\neffective: 2026-12-01\n/,
    );
    expect(text).toContain('\n---\n\n## Gaming Platforms\n');
    expect(check().status).toBe(0);

    const chapter = await openSite(
      '/procedures/children-and-online-gaming',
      async (p) => (await p.locator('h1').textContent())?.includes('Online Gaming') ?? false,
    );
    await expect.poll(() => chapter.locator('h1').textContent()).toBe('4.6 Children and Online Gaming');

    // The same title again, in the editor opened before 4.6 existed: the id proposed is the next free one.
    await page.goto(`${SITE}/admin/#/collections/chapters/new`);
    await fillNewChapter(page, '4.7', '## Voice Chat\n\nText.\n');
    await save(page);
    expect(readFileSync(file('children-and-online-gaming-2.md'), 'utf8')).toMatch(/^---\nid: children-and-online-gaming-2\nnumber: "4\.7"/);
  });

  it('refuses a new chapter with a number already in use, on the field, and writes nothing', async () => {
    const page = await openEditor('/collections/chapters/new');
    await page.getByLabel('Chapter number').fill('4.4');
    await page.getByLabel('Title', {exact: true}).fill('A Second Chapter Four Four');
    await page.getByRole('button', {name: 'Publish', exact: true}).click();
    await page.getByText('Publish now', {exact: true}).click();
    await expect.poll(() => page.getByText('4.4 is already Child Abuse and Information Communication Technology').count()).toBeGreaterThan(0);
    expect(existsSync(file('a-second-chapter-four-four.md'))).toBe(false);
  });

  it('saves a changed field as a one-line change, and shows the update note and related procedures in the preview', async () => {
    const before = readFileSync(file('child-abuse-and-ict.md'), 'utf8');
    const page = await openEditor('/collections/chapters/entries/child-abuse-and-ict');
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('body').innerText()).toContain('This chapter was updated in February 2009 – by extending Section 1');
    const related = await preview.locator('.related').innerText();
    expect(related).toContain('Related procedures');
    expect(related).toContain('2.1 Referrals (including Referrals Pathway)');
    await screenshot(page, 'editor-chapter-preview');

    await page.getByLabel('Owner').fill('Online Safety and Technology Sub-Group');
    await save(page);
    const after = readFileSync(file('child-abuse-and-ict.md'), 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['owner: Online Safety and Technology Sub-Group']);
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
    // Changed text without a raised version is a problem of its own: put the file back for the tests after.
    writeFileSync(file('child-abuse-and-ict.md'), before);
  });

  it('shows a link to a missing section as a problem on the chapter page, with its code, until it is fixed', async () => {
    const page = await openEditor('/collections/chapters/entries/referrals');
    const body = page.getByRole('textbox', {name: 'Text', exact: true});
    const original = await body.inputValue();
    await body.fill(`${original.trimEnd()}\n\nSee also [the section on gaming](child-abuse-and-ict.md#online-gaming).\n`);
    await save(page);

    const chapter = await openSite('/procedures/referrals', async (p) => (await p.getByTestId('chapter-problems').count()) > 0);
    const notice = await chapter.getByTestId('chapter-problems').innerText();
    expect(notice).toContain('LINK_ANCHOR_NOT_FOUND');
    expect(notice).toMatch(/docs\/referrals\.md:\d+:\d+/);
    await expect.poll(() => chapter.getByTestId('site-problems').count()).toBe(1);
    await expectNoAxeViolations(chapter);
    await screenshot(chapter, 'editor-chapter-problems');

    // Pointed at a section that exists, the link is no longer a problem; the chapter page says so on its own.
    await body.fill(`${original.trimEnd()}\n\nSee also [the section on the internet](child-abuse-and-ict.md#the-internet).\n`);
    await save(page);
    await openSite('/procedures/referrals', async (p) => !(await p.locator('main').innerText()).includes('LINK_ANCHOR_NOT_FOUND'));
  });

  it("edits the manual's settings, keeping manual.yml's comments and every other line", async () => {
    const before = readFileSync(file('manual.yml'), 'utf8');
    const page = await openEditor('/collections/settings/entries/manual');
    await page.getByLabel('Board', {exact: true}).fill('Northmoor Children and Families Partnership');
    await save(page);
    const after = readFileSync(file('manual.yml'), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toEqual(['board: Northmoor Children and Families Partnership']);
    expect(after.startsWith('# The manual')).toBe(true);
    writeFileSync(file('manual.yml'), before);
  });

  // Seen once in four full runs under load: Decap's own "Error loading the CMS configuration" instead of this
  // page (cause not yet found; it passes alone). Retried so a rare race does not hide the rest of the run.
  it('explains, with the command to run, when its file server is not running', {retry: 2}, async () => {
    const page = await browser.newPage();
    await page.route(`http://localhost:${FILE_SERVER_PORT}/**`, (route) => route.abort('connectionrefused'));
    await page.goto(`${SITE}/admin/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('The editor cannot reach its file server');
    expect(await page.locator('pre').textContent()).toBe('npm run edit');
    await expectNoAxeViolations(page);
    await screenshot(page, 'editor-no-file-server');
  });
});

describe('the dev site with a broken manual', () => {
  it('lists every problem on the problems page', async () => {
    writeFileSync(file('bullying.md'), readFileSync(file('bullying.md'), 'utf8').replace(/^related: \[/m, 'related: [no-such-chapter, '));
    const page = await openSite('/problems', async (p) => (await p.getByText('RELATED_NOT_FOUND').count()) > 0);
    expect(await page.locator('main').innerText()).toMatch(/docs\/bullying\.md:\d+:\d+ Error RELATED_NOT_FOUND/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'editor-problems-page');
  });
});
