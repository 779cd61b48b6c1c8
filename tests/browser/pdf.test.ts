import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {readManual, sha256} from '../../src/node/read-manual-fs';
import {ensureDebianPackage} from './debian-packages';

const OUT = path.join(mkdtempSync(path.join(tmpdir(), 'procedures-pdf-')), 'manual.pdf');
const RECORD = sha256(readFileSync('history/releases/2009-02-01-february-2009.yml', 'utf8'));

let pdftotext: string;
let run: {code: number | null; stdout: string; stderr: string};
/** The text of pages `first` to `last` (the whole document without them), as poppler extracts it. */
const text = (first?: number, last = first) =>
  execFileSync(pdftotext, [...(first ? ['-f', String(first), '-l', String(last)] : []), '-layout', OUT, '-'], {encoding: 'utf8'});

/** The contents page's rows: number, version and first page of each chapter. */
const contents = () =>
  [...text(2).matchAll(/^\s+(\d+(?:\.\d+)+) .+?\s{2,}(\d+)\s{2,}\d+ \w+ \d{4}\s{2,}(\d+)$/gm)].map((m) => ({
    number: m[1]!,
    version: Number(m[2]),
    page: Number(m[3]),
  }));

beforeAll(() => {
  pdftotext = ensureDebianPackage('/usr/bin/pdftotext', 'poppler-utils');
  const result = spawnSync(process.execPath, ['bin/procedures.cjs', 'pdf', '--date', '2009-03-01', '--out', OUT, '--today', '2026-12-01'], {
    encoding: 'utf8',
    env: {...process.env, CHROMIUM_PATH: inject('chromiumPath')},
  });
  run = {code: result.status, stdout: result.stdout, stderr: result.stderr};
}, 120_000);

describe('procedures pdf: the manual as in force on 1 March 2009', () => {
  it('writes one PDF, showing its progress chapter by chapter', () => {
    expect(run.stdout).toMatch(/^Wrote .*manual\.pdf: 17 chapters on \d+ pages, as in force on 1 March 2009 \(release February 2009\)\.\n$/);
    expect(run.stderr).toContain('Printing 4.4 Child Abuse and Information Communication Technology, version 2 (15 of 17)');
    expect(run.code).toBe(0);
  });

  it('names the board, the date, the release in force and its record’s hash on the cover', () => {
    const cover = text(1);
    expect(cover).toContain('Northmoor Safeguarding Children Partnership');
    expect(cover).toContain('As in force on 1 March 2009');
    expect(cover).toContain('February 2009, published 1 February 2009');
    expect(cover).toContain(RECORD);
  });

  it('lists every chapter in force in number order with the page it starts on, and each starts there', async () => {
    const {manual} = await readManual({root: '.', docsDir: 'docs'});
    const rows = contents();
    expect(rows.map((c) => c.number)).toEqual(manual!.chapters.map((c) => c.number));
    expect(rows.map((c) => c.page)).toEqual([...rows.map((c) => c.page)].sort((a, b) => a - b));
    // Each chapter's pages carry its number and title as their running header: the first line of the page's text.
    const header = (page: number) => text(page).trimStart().split('\n')[0]!;
    for (const {number, page} of rows) {
      const {title} = manual!.chapters.find((c) => c.number === number)!;
      expect(header(page), `page ${page}`).toMatch(new RegExp(`^${number.replace('.', '\\.')} ${title.slice(0, 20).replace(/[()]/g, '\\$&')}`));
      expect(header(page - 1), `page ${page - 1}`).not.toContain(`${number} ${title.slice(0, 20)}`);
    }
  });

  it('prints 4.4 at version 2 with its February 2009 note, under a running header', () => {
    const {version, page} = contents().find((c) => c.number === '4.4')!;
    expect(version).toBe(2);
    const first = text(page, page + 1);
    expect(first).toMatch(/4\.4 Child Abuse and Information Communication Technology\s+Version 2 · in force from 1 February 2009/);
    expect(first).toContain('This version changed the chapter by extending Section 1, The Internet');
    expect(first).toContain('The Impact on the Child');
  });

  it('says on every page when it was printed, that it is valid until the next update, and which page it is', () => {
    const pages = text()
      .split('\f')
      .filter((p) => p.trim());
    pages.forEach((page, i) => {
      expect(page).toContain('Printed on 1 December 2026 — valid until the next update; check the online manual at https://procedures.example.org/');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });
});
