import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// Releases killed mid-write and releases started together must never leave a
// history that fails `check` without naming the one command that mends it.

const BIN = path.resolve('bin/procedures.cjs');
const CHAPTERS = 120;
const procedures = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {cwd, encoding: 'utf8'});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
};

const CONFIG = 'title: T\nboard: B\ndescription: D\nparts:\n  - {id: core, number: 2, title: Core, description: x}\naudiences:\n  - {id: all, title: All}\n';

function writeChapters(root: string, version: number): void {
  for (let i = 1; i <= CHAPTERS; i++) {
    const change = version > 1 ? `change: by revising the text for version ${version}.\n` : '';
    writeFileSync(
      path.join(root, 'docs', `chapter-${i}.md`),
      `---\nid: chapter-${i}\nnumber: "2.${i}"\ntitle: Chapter ${i}\npart: core\nversion: ${version}\neffective: 2009-0${version}-01\n${change}review: 2027-01-01\nowner: O\naudience: [all]\n---\n\n## Scope\n\nVersion ${version} of chapter ${i}.\n`,
    );
  }
}

/** A manual of many chapters, released once, then all of them changed: the next release writes every one. */
function manualWithPendingRelease(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'procedures-kill-'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'manual.yml'), CONFIG);
  writeChapters(root, 1);
  expect(procedures(['release', '--title', 'January 2009', '--date', '2009-01-01'], root).code).toBe(0);
  writeChapters(root, 2);
  return root;
}

/** Starts a release and kills it with SIGKILL `delay` ms after its staging folder appears. */
async function killRelease(root: string, delay: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'release', '--title', 'February 2009', '--date', '2009-02-01'], {cwd: root, stdio: 'ignore'});
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const history = path.join(root, 'history');
  for (let waited = 0; waited < 20_000 && child.exitCode === null; waited += 2) {
    if (readdirSync(history).some((name) => name.startsWith('.staging-'))) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  await exited;
}

describe('a release that is killed or runs twice', () => {
  it('leaves a history that passes check, or names the one command that mends it, at every point of the write', async () => {
    const root = manualWithPendingRelease();
    const outcomes = new Set<string>();
    for (const delay of [0, 5, 15, 30, 60, 100, 200]) {
      await killRelease(root, delay);
      const check = procedures(['check'], root);
      if (check.code !== 0) {
        expect(check.stdout, `killed after ${delay} ms`).toMatch(/RELEASE_INTERRUPTED .*Run `npm run release -- --recover`/);
        expect(check.stdout.match(/ {2}[A-Z_]+ {2}/g)).toEqual(['  RELEASE_INTERRUPTED  ']);
        outcomes.add('interrupted');
      } else outcomes.add(existsSync(path.join(root, 'history', 'releases', '2009-02-01-february-2009.yml')) ? 'complete' : 'nothing');
      const recover = procedures(['release', '--recover'], root);
      expect(recover.code, recover.stderr).toBe(0);
      expect(recover.stderr).toBe('');
      expect(procedures(['check'], root).code, `after recovering from a kill after ${delay} ms`).toBe(0);
      if (existsSync(path.join(root, 'history', 'releases', '2009-02-01-february-2009.yml'))) break;
    }
    // The kills landed in the write itself, not only before or after it.
    expect(outcomes.has('interrupted') || outcomes.has('complete')).toBe(true);
    if (!existsSync(path.join(root, 'history', 'releases', '2009-02-01-february-2009.yml'))) {
      expect(procedures(['release', '--title', 'February 2009', '--date', '2009-02-01'], root).code).toBe(0);
    }
    expect(procedures(['check'], root)).toMatchObject({code: 0});
    expect(readdirSync(path.join(root, 'history')).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 240_000);

  it.each([
    ['different titles', 'February 2009', 'March 2009'],
    ['the same title', 'February 2009', 'February 2009'],
  ])(
    'lets only one of two releases started together with %s go ahead',
    async (_, first, second) => {
      const root = manualWithPendingRelease();
      const run = (title: string) =>
        new Promise<{code: number | null; stderr: string}>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'release', '--title', title, '--date', '2009-02-01'], {cwd: root});
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.once('exit', (code) => resolve({code, stderr}));
        });
      const results = await Promise.all([run(first), run(second)]);
      expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
      const refused = results.find((r) => r.code === 1)!;
      expect(refused.stderr).toMatch(
        /^(procedures: another release is running \(process \d+\): wait for it to finish, then try again; nothing was released\.|Nothing has changed since the February 2009 release: nothing to release\.|.*RELEASE_DATE_INVALID.*)\n/,
      );
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(path.join(root, 'history', 'releases'))).toHaveLength(2);
      expect(procedures(['check'], root).code).toBe(0);
    },
    120_000,
  );
});

describe('the head of the release chain', () => {
  it('is checked against the version first committed to git', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'procedures-head-'));
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs', 'manual.yml'), CONFIG);
    writeChapters(root, 1);
    expect(procedures(['release', '--title', 'January 2009', '--date', '2009-01-01'], root).code).toBe(0);
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {cwd: root, encoding: 'utf8'});
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'January 2009 release');
    expect(procedures(['check'], root).code).toBe(0);
    const record = path.join(root, 'history', 'releases', '2009-01-01-january-2009.yml');
    writeFileSync(record, readFileSync(record, 'utf8').replace('title: January 2009', 'title: March 2009'));
    expect(procedures(['check'], root).stdout).toMatch(
      /^history\/releases\/2009-01-01-january-2009\.yml:1:1 {2}HISTORY_RECORD_EDITED {2}the latest release record differs from the version first committed to version control\./,
    );
  });
});
