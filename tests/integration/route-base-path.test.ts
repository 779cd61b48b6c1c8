import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';

// The site copied with `routeBasePath: 'manual'` in its docusaurus.config.ts,
// and a chapter that links to another by its address under that prefix:
// links, checks, search and feeds must all follow the one setting. Its manual
// has no glossary, as a board's may not.
const site = mkdtempSync(path.join(tmpdir(), 'procedures-prefix-'));
const out = path.join(site, 'build');
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

function run(args: string[]) {
  return spawnSync(process.execPath, args, {cwd: site, encoding: 'utf8'});
}

beforeAll(() => {
  for (const entry of ['docs', 'history', 'src', 'static', 'bin', 'scripts', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    cpSync(entry, path.join(site, entry), {recursive: true});
  }
  symlinkSync(path.resolve('node_modules'), path.join(site, 'node_modules'));
  const config = path.join(site, 'docusaurus.config.ts');
  writeFileSync(config, readFileSync(config, 'utf8').replace("routeBasePath: 'procedures'", "routeBasePath: 'manual'"));
  const chapter = path.join(site, 'docs', 'strategy-discussions.md');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nSee also [the pathway](/manual/referrals#referrals-pathway).\n`);
  rmSync(path.join(site, 'docs', 'glossary.yml'));
  const build = run(['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build']);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
}, 300_000);

describe('a site whose chapters are served under /manual', () => {
  it('serves chapters, their history and versions there, and links between them there', () => {
    const $ = load(read('manual/strategy-discussions.html'));
    expect($('.chapter-body a[href="/manual/referrals#referrals-pathway"]')).toHaveLength(2);
    expect($('a[href^="/procedures"]')).toHaveLength(0);
    expect(load(read('manual/child-abuse-and-ict/history.html'))('a[href="/manual/child-abuse-and-ict/v1"]').length).toBeGreaterThan(0);
    expect(load(read('manual/child-abuse-and-ict/v1.html'))('h1').text()).toContain('Child Abuse and Information Communication Technology');
    expect(load(read('index.html'))('a[href="/manual/part/core-procedures"]').length).toBeGreaterThan(0);
    // Without a glossary there is no glossary page, and nothing links to one.
    expect(load(read('index.html'))('a[href="/glossary"]')).toHaveLength(0);
  });

  it('indexes search results at their /manual addresses', () => {
    const [dir] = readdirSync(path.join(out, 'search-index'));
    const manifest = readFileSync(path.join(out, 'search-index', dir!, 'manifest.json'), 'utf8');
    expect(manifest).toContain('"/manual/child-abuse-and-ict"');
    expect(manifest).not.toContain('/procedures/');
  });

  it('has the command line check links and print addresses under /manual', () => {
    expect(run(['bin/procedures.cjs', 'search', 'strategy discussion', '--limit', '1']).stdout).toContain('/manual/strategy-discussions#');
    const chapter = path.join(site, 'docs', 'strategy-discussions.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('/manual/referrals#', '/manual/referals#'));
    const check = run(['bin/procedures.cjs', 'check', '--today', '2026-11-24']);
    expect(check.stdout).toMatch(/LINK_CHAPTER_NOT_FOUND {2}link to `\/manual\/referals`: no such chapter\. Did you mean `referrals`/);
  });

  it('writes feeds whose items lead to the amendments page', () => {
    expect(read('amendments/rss.xml')).toContain('<link>https://procedures.example.org/amendments#february-2009</link>');
  });
});
