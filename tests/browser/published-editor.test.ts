import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {CHROMIUM_ARGS} from './chromium';
import {serveBuild} from './serve-build';

// The sample built as a board that names its git host would publish it, into a folder of its own, served by Caddy.
const out = path.join(mkdtempSync(path.join(tmpdir(), 'procedures-editor-build-')), 'build');
let server: {url: string; close: () => Promise<void>};
let browser: Browser;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--out-dir', out], {
    encoding: 'utf8',
    env: {...process.env, PROCEDURES_EDITOR_REPO: 'northmoor-scp/procedures'},
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  server = await serveBuild(out);
  browser = await chromium.launch({executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS});
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a build with the editor published', () => {
  it("configures the editor for the team's GitHub repository, changes as pull requests, and no local file server", () => {
    const settings = JSON.parse(readFileSync(path.join(out, 'admin/settings.json'), 'utf8'));
    expect(settings.decap.backend).toMatchObject({name: 'github', repo: 'northmoor-scp/procedures', branch: 'main'});
    expect(settings.decap.publish_mode).toBe('editorial_workflow');
    expect(settings.decap).not.toHaveProperty('local_backend');
    expect(settings).not.toHaveProperty('localBackendUrl');
  });

  it("keeps the editor out of the readers' pages", () => {
    const scripts = readdirSync(path.join(out, 'assets/js')).map((f) => readFileSync(path.join(out, 'assets/js', f), 'utf8'));
    expect(scripts.some((code) => code.includes('decap'))).toBe(false);
    expect(readFileSync(path.join(out, 'procedures/child-abuse-and-ict.html'), 'utf8')).not.toContain('/admin/');
  });

  it('starts Decap at /admin/ under its own policy, with nothing blocked, and offers to sign in with GitHub', async () => {
    const page = await browser.newPage();
    // A blocked script, or Decap failing to check its configuration (Ajv needs eval), shows as a console error.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    const response = await page.goto(`${server.url}/admin/`);
    const policy = response!.headers()['content-security-policy']!;
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(policy).toContain("connect-src 'self' https://api.github.com");
    await page.getByRole('button', {name: /Login with GitHub/i}).waitFor({timeout: 30_000});
    expect(errors).toEqual([]);

    // The readers' pages keep the site's own, stricter policy.
    const chapter = await page.goto(`${server.url}/procedures/child-abuse-and-ict`);
    expect(chapter!.headers()['content-security-policy']).toContain("connect-src 'self';");
  });
});
