import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const BIN = path.resolve('bin/procedures.cjs');

function procedures(args: string[], cwd = '.') {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd, encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A scratch copy of a fixture manual, for commands that write. */
function scratch(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'procedures-cli-'));
  cpSync(fixture, path.join(dir, 'docs'), {recursive: true});
  return dir;
}

describe('procedures check', () => {
  it('passes the sample manual', () => {
    expect(procedures(['check', '--today', '2026-11-24'])).toEqual({code: 0, stdout: 'No problems in 17 chapters.\n', stderr: ''});
  });

  it('prints each problem with file, line, code and suggestion, then a summary, and exits 1', () => {
    const {code, stdout, stderr} = procedures(['check', '--dir', 'tests/fixtures/broken/related-not-found/docs', '--today', '2026-11-24']);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'tests/fixtures/broken/related-not-found/docs/child-abuse-and-ict.md:6:22  RELATED_NOT_FOUND  related chapter `complex-abuses` does not exist. ' +
        'Did you mean `complex-abuse` (3.2 Complex (Organised or Multiple) Abuse)?\n\n1 error, 0 warnings in 3 chapters.\n',
    );
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings', () => {
    const {code, stdout} = procedures(['check', '--dir', 'tests/fixtures/broken/review-overdue/docs', '--today', '2026-11-24']);
    expect(stdout).toMatch(/REVIEW_OVERDUE {2}review was due on 1 April 2020 \(2428 days ago\)/);
    expect(stdout).toMatch(/0 errors, 1 warning in 3 chapters\.\n$/);
    expect(code).toBe(0);
  });

  it('gives machines JSON', () => {
    const {code, stdout} = procedures(['check', '--dir', 'tests/fixtures/broken/section-empty/docs', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      chapters: 3,
      errors: 1,
      warnings: 0,
      problems: [{file: 'tests/fixtures/broken/section-empty/docs/complex-abuse.md', line: 17, col: 1, code: 'SECTION_EMPTY', severity: 'error'}],
    });
  });

  it('never shows a stack trace for bad content', () => {
    for (const name of readdirSync('tests/fixtures/broken')) {
      const {code, stdout, stderr} = procedures(['check', '--dir', `tests/fixtures/broken/${name}/docs`, '--today', '2026-11-24']);
      expect(`${stdout}${stderr}`, name).not.toMatch(/\n\s+at /);
      expect([0, 1], name).toContain(code);
    }
  }, 120_000);

  it('explains bad usage and exits 2', () => {
    const missing = procedures(['check', '--dir', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("procedures: no manual folder at no/such/folder: run this in the site's folder, or give the manual's folder with --dir\n");
    const badDate = procedures(['check', '--today', 'tomorrow']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^procedures: --today must be a date written YYYY-MM-DD, not "tomorrow"/);
    expect(procedures(['chekc']).stderr).toMatch(/^procedures: unknown command "chekc"/);
  });
});

describe('procedures new', () => {
  it('writes a chapter that passes check', () => {
    const dir = scratch('tests/fixtures/manuals/small');
    const result = procedures(['new', '--number', '4.11', '--title', 'Forced Marriage', '--part', 'specific', '--today', '2026-11-24'], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'Wrote docs/forced-marriage.md (id forced-marriage, chapter 4.11). Write its sections, then run `npm run check`.\n',
      stderr: '',
    });
    expect(procedures(['check', '--today', '2026-11-24'], dir)).toMatchObject({code: 0, stdout: 'No problems in 5 chapters.\n'});
  });

  it('writes nothing when the new chapter would not pass check', () => {
    const dir = scratch('tests/fixtures/manuals/small');
    const result = procedures(['new', '--number', '4.2', '--title', 'Referrals', '--part', 'specfic'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('docs/referrals-2.md:3:1  NUMBER_DUPLICATE  chapter number 4.2 is also used by docs/child-abuse-and-ict.md');
    expect(result.stderr).toContain('docs/referrals-2.md:5:1  PART_UNKNOWN  part `specfic` is not a part of the manual. Did you mean `specific`?');
    expect(result.stderr).toMatch(/Nothing was written\.\n$/);
    expect(existsSync(path.join(dir, 'docs', 'referrals-2.md'))).toBe(false);
  });
});

describe('procedures review', () => {
  it('lists chapters overdue or due soon, soonest first', () => {
    const {code, stdout} = procedures(['review', '--within', '60', '--today', '2027-03-01']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '3.1    Allegations against Staff, Carers and Volunteers',
      '       1 February 2027 (overdue by 28 days) · Allegations Management Sub-Group · Part 3',
      '4.4    Child Abuse and Information Communication Technology',
      '       1 February 2027 (overdue by 28 days) · Online Safety Sub-Group · Part 4',
    ]);
  });

  it('gives JSON for planning tools', () => {
    const due = JSON.parse(procedures(['review', '--json', '--within', '0', '--today', '2027-02-02']).stdout);
    expect(due.map((d: {id: string; days: number}) => [d.id, d.days])).toEqual([
      ['allegations-against-staff', -1],
      ['child-abuse-and-ict', -1],
    ]);
  });
});

describe('procedures search', () => {
  it('lists the sections a practitioner would find, grouped by chapter, with the matches marked', () => {
    const {code, stdout} = procedures(['search', 'mobile phone', '--limit', '2']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '4.4 Child Abuse and Information Communication Technology',
      '  s1 The Internet  /procedures/child-abuse-and-ict#the-internet',
      expect.stringContaining('[Mobile] [phones], camera [phones]'),
    ]);
    expect(stdout).toMatch(/\n2 of \d+ matching sections\.\n$/);
  });

  it('goes to a cited section', () => {
    expect(procedures(['search', '4.4 s2']).stdout).toBe(
      '4.4 Child Abuse and Information Communication Technology, section 2: The Impact on the Child\n  /procedures/child-abuse-and-ict#the-impact-on-the-child\n',
    );
  });

  it('filters, searches past versions on request, and gives JSON', () => {
    const current = JSON.parse(procedures(['search', 'grooming', '--part', 'specific-circumstances', '--limit', '50', '--json']).stdout);
    expect(current.hits.length).toBeGreaterThan(0);
    expect(current.hits.every((h: {current: boolean}) => h.current)).toBe(true);
    const past = JSON.parse(procedures(['search', 'grooming', '--past', '--limit', '50', '--json']).stdout);
    expect(past.hits).toContainEqual(
      expect.objectContaining({id: 'child-abuse-and-ict', version: 1, current: false, url: '/procedures/child-abuse-and-ict/v1#the-internet'}),
    );
  });

  it('explains an unknown filter and exits 2', () => {
    const {code, stderr} = procedures(['search', 'grooming', '--audience', 'polce']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^procedures: --audience must be one of all, social-care, police/);
  });
});

describe('procedures pdf', () => {
  it('asks for a date or a release, and suggests a release name', () => {
    expect(procedures(['pdf']).stderr).toMatch(/^procedures: pdf needs either --date YYYY-MM-DD or --release "February 2009"\n/);
    const {code, stderr} = procedures(['pdf', '--release', 'Febuary 2009']);
    expect(stderr).toMatch(
      /^procedures: no release is called "Febuary 2009"; did you mean "February 2009"\? \(releases: April 2008, October 2008, February 2009\)\n/,
    );
    expect(code).toBe(2);
  });

  it('says when nothing had been released by the date', () => {
    expect(procedures(['pdf', '--date', '2008-01-01']).stderr).toMatch(
      /^procedures: nothing had been released by 2008-01-01: the first release, April 2008, is dated 2008-04-01\n/,
    );
  });
});

describe('every command outside a manual', () => {
  const empty = () => mkdtempSync(path.join(tmpdir(), 'procedures-empty-'));
  it.each([
    ['check', []],
    ['new', ['--number', '4.6', '--title', 'Forced Marriage', '--part', 'specific']],
    ['review', []],
    ['release', ['--title', 'June 2009', '--date', '2009-06-01']],
    ['diff', ['child-abuse-and-ict', '1', '2']],
    ['search', ['strategy discussion']],
  ])('%s says in one line that there is no manual, and exits 2', (command, args) => {
    const {code, stdout, stderr} = procedures([command, ...args], empty());
    expect({code, stdout, stderr}).toEqual({
      code: 2,
      stdout: '',
      stderr: "procedures: no manual folder at docs: run this in the site's folder, or give the manual's folder with --dir\n",
    });
  });

  it('says in one line when the disk refuses a release, and writes nothing', () => {
    const dir = scratch('tests/fixtures/manuals/small');
    // A file where the history folder belongs: the release cannot create it.
    writeFileSync(path.join(dir, 'history'), 'not a folder');
    const {code, stdout, stderr} = procedures(['release', '--title', 'April 2008', '--date', '2008-04-01'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^procedures: history[^\n]*: a folder was expected but this is a file\n$/);
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).sort()).toEqual(['docs', 'history']);
  });
});
