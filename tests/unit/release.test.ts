import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadHistory} from '../../src/lib/history/load-history';
import {planRelease} from '../../src/lib/history/plan-release';
import {readManual, sha256} from '../../src/node/read-manual-fs';
import {writeRelease} from '../../src/node/write-release-fs';

const BIN = path.resolve('bin/procedures.cjs');
const procedures = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {cwd, encoding: 'utf8'});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
};

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'procedures-release-'));
  cpSync('tests/fixtures/manuals/small', path.join(dir, 'docs'), {recursive: true});
  return dir;
}

/** Every file under `dir` with its content: what must not change when a release fails. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, {recursive: true}) as string[]) {
    const full = path.join(dir, entry);
    files[entry] = statSync(full).isDirectory() ? '<dir>' : readFileSync(full, 'utf8');
  }
  return files;
}

async function plan(root: string, title: string, date: string) {
  const {manual, history} = await readManual({root, docsDir: 'docs'});
  return planRelease(manual!, history ?? loadHistory({dir: 'history', records: [], versions: []}, sha256), {title, date}, sha256, 'history');
}

describe('writeRelease', () => {
  it('writes every file, the record last', async () => {
    const root = scratch();
    const moved: string[] = [];
    const written = await writeRelease(root, 'history', await plan(root, 'April 2008', '2008-04-01'), {beforeMove: (_, file) => moved.push(file)});
    expect(moved.at(-1)).toBe('history/releases/2008-04-01-april-2008.yml');
    expect(written).toHaveLength(5);
    expect((await readManual({root, docsDir: 'docs'})).problems).toEqual([]);
  });

  it.each([0, 2, 4])('leaves the tree as it was when the first release fails at file %i', async (failAt) => {
    const root = scratch();
    const before = snapshot(root);
    const failing = writeRelease(root, 'history', await plan(root, 'April 2008', '2008-04-01'), {
      beforeMove: (i) => {
        if (i === failAt) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves an existing history as it was when a later release fails', async () => {
    const root = scratch();
    await writeRelease(root, 'history', await plan(root, 'April 2008', '2008-04-01'));
    const file = path.join(root, 'docs', 'bullying.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1', 'version: 2\nchange: by adding a sentence.').replace('by id.', 'by id. More.'));
    const before = snapshot(root);
    const failing = writeRelease(root, 'history', await plan(root, 'May 2008', '2008-05-01'), {
      beforeMove: (i) => {
        if (i === 1) throw new Error('interrupted');
      },
    });
    await expect(failing).rejects.toThrow('interrupted');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('procedures release and diff', () => {
  it('previews with --dry-run, releases, then check verifies the history', () => {
    const root = scratch();
    const dry = procedures(['release', '--title', 'April 2008', '--date', '2008-04-01', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('  new        1.1 Referrals (including Referrals Pathway), version 1');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(readdirSync(root)).toEqual(['docs']);

    expect(procedures(['release', '--title', 'April 2008', '--date', '2008-04-01'], root).stdout).toContain(
      'Released: wrote 5 files, the record last (history/releases/2008-04-01-april-2008.yml).',
    );
    expect(procedures(['check'], root)).toMatchObject({code: 0, stdout: 'No problems in 4 chapters.\n'});
    const again = procedures(['release', '--title', 'May 2008', '--date', '2008-05-01'], root);
    expect(again).toMatchObject({code: 1, stderr: 'Nothing has changed since the April 2008 release: nothing to release.\n'});
  });

  it('refuses a changed chapter that has not raised its version, writing nothing', () => {
    const root = scratch();
    procedures(['release', '--title', 'April 2008', '--date', '2008-04-01'], root);
    const file = path.join(root, 'docs', 'bullying.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('by id.', 'by id. More.'));
    const before = snapshot(root);
    const result = procedures(['release', '--title', 'May 2008', '--date', '2008-05-01'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'docs/bullying.md:7:1  VERSION_NOT_RAISED  the text differs from version 1, released in April 2008, but version is still 1. ' +
        'Set `version: 2` and write its `change` note.\n\nNothing was released.\n',
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('fails check when a released file is edited', () => {
    const root = scratch();
    procedures(['release', '--title', 'April 2008', '--date', '2008-04-01'], root);
    const released = path.join(root, 'history', 'bullying', 'v1.md');
    writeFileSync(released, readFileSync(released, 'utf8').replace('Online Bullying', 'Cyberbullying'));
    const result = procedures(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('history/bullying/v1.md:1:1  HISTORY_HASH_MISMATCH  this file was changed after it was released in April 2008');
  });

  it('diff gives the section summary, redline and drafted note of the compare page', () => {
    const result = procedures(['diff', 'child-abuse-and-ict', '1', '2'], '.');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '4.4 Child Abuse and Information Communication Technology: version 1 → version 2',
      '2 sections added, 1 amended, 3 renumbered',
    ]);
    expect(result.stdout).toContain('  3. Child Abuse and the Adult — unchanged, was section 2');
    expect(result.stdout).toContain('[+How Online Grooming Works');
    expect(result.stdout).toContain(
      'Drafted change note: Section 1 (The Internet) amended; Sections 2 (The Impact on the Child) and 6 (Further Information) added',
    );
    const json = JSON.parse(procedures(['diff', 'child-abuse-and-ict', '1', 'current', '--json'], '.').stdout);
    expect(json).toMatchObject({from: 1, to: 2, summary: '2 sections added, 1 amended, 3 renumbered', counts: {added: 2, amended: 1, renumbered: 3}});
    expect(procedures(['diff', 'child-abuse-and-ict', '1', '9'], '.')).toMatchObject({code: 2});
    const typo = procedures(['diff', 'child-abuse-and-itc', '1', '2'], '.');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^procedures: no chapter or released history has the id "child-abuse-and-itc"; did you mean `child-abuse-and-ict`\?/);
  });
});
