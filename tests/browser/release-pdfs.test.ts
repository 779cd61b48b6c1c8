import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {sha256} from '../../src/node/read-manual-fs';
import {ensureDebianPackage} from './debian-packages';

// The sample built with `releasePdfs` on, into a folder of its own.
const out = path.join(mkdtempSync(path.join(tmpdir(), 'procedures-release-pdfs-')), 'build');
let pdftotext: string;

beforeAll(() => {
  pdftotext = ensureDebianPackage('/usr/bin/pdftotext', 'poppler-utils');
  const build = spawnSync(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--out-dir', out], {
    encoding: 'utf8',
    env: {...process.env, PROCEDURES_RELEASE_PDFS: 'on', CHROMIUM_PATH: inject('chromiumPath')},
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
}, 300_000);

describe('a build with releasePdfs on', () => {
  it('prints the manual as each release left it, linked from the amendments page', () => {
    const $ = load(readFileSync(path.join(out, 'amendments.html'), 'utf8'));
    for (const name of ['2008-04-01-april-2008', '2008-10-01-october-2008', '2009-02-01-february-2009']) {
      const href = `/data/releases/${name}.pdf`;
      expect($(`a[href="${href}"]`).text()).toBe('The manual as this release left it (PDF)');
      expect(existsSync(path.join(out, href)), href).toBe(true);
    }
  });

  it('puts the release and its record’s hash on the cover, and the versions it published inside', () => {
    const text = execFileSync(pdftotext, ['-layout', path.join(out, 'data/releases/2008-10-01-october-2008.pdf'), '-'], {encoding: 'utf8'});
    expect(text).toContain('As in force on 1 October 2008');
    expect(text).toContain('October 2008, published 1 October 2008');
    expect(text).toContain(sha256(readFileSync('history/releases/2008-10-01-october-2008.yml', 'utf8')));
    expect(text).toMatch(/2\.1 Referrals \(including Referrals Pathway\)\s+Version 2 · in force from 1 October 2008/);
    expect(text).not.toContain('2.6 The Child Protection Register');
  });
});
