import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';

// The site, copied with one broken anchor: the build must stop before
// rendering, with the same line `npm run check` prints.
it('npm run build fails on a broken cross-reference, naming file, line, code and fix', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'procedures-site-'));
  for (const entry of ['docs', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(site, entry), {recursive: true});
  }
  symlinkSync(path.resolve('node_modules'), path.join(site, 'node_modules'));
  const chapter = path.join(site, 'docs', 'child-abuse-and-ict.md');
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('referrals.md#referrals-pathway', 'referrals.md#referals-pathway'));

  const build = spawnSync(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'], {cwd: site, encoding: 'utf8'});
  expect(build.status).not.toBe(0);
  expect(build.stderr).toMatch(
    /docs\/child-abuse-and-ict\.md:\d+:\d+ {2}LINK_ANCHOR_NOT_FOUND {2}link to `#referals-pathway`: 2\.1 Referrals \(including Referrals Pathway\) has no such section\. Did you mean `#referrals-pathway`\?/,
  );
  expect(build.stderr).toContain('The manual has 1 error, listed above');
}, 180_000);
