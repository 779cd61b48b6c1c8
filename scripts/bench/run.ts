import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {copyWithChanges, generateManual, planManual} from './generate-manual';
import {measure, type Measurement} from './measure';
import {mainBundleBytes, offlineCopyBytes, pageTransfer} from './page-weight';
import {benchSearch, formatSearchTable} from './search-bench';

/**
 * `npm run bench [-- --quick]`: generates manuals of several sizes, times
 * each step against a peer measured in the same run, and writes
 * BENCHMARKS.md: one table for the largest manual that is built, and one
 * of how each figure grows with the manual. This machine is shared and
 * noisy, so the ratios matter more than the seconds.
 */
const quick = process.argv.includes('--quick');
/** Manuals checked and searched from the command line. */
const SIZES = quick ? [100, 200] : [200, 1000, 3000];
/** Manuals also built, with plain Docusaurus beside them (a full site of 3,000 chapters does not fit in memory yet). */
const BUILT = quick ? [100, 200] : [200, 1000];
const LARGEST = BUILT.at(-1)!;
const VERSIONS = 5;
const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'bench-work');
const NODE = process.execPath;
const CLI = path.join(ROOT, 'bin/procedures.cjs');
const DOCUSAURUS = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const PLAIN_SITE = path.join(__dirname, 'plain-site');
const SEARCH_CACHE = path.join(ROOT, 'node_modules', '.cache', 'procedures', 'search');
const PARSE_CACHE = path.join(ROOT, 'node_modules', '.cache', 'procedures', 'parsed');

interface Row {
  step: string;
  ours: string;
  peer: string;
  ratio: string;
  aim: string;
  memory: string;
}
const rows: Row[] = [];

const seconds = (m: Measurement) => `${(m.ms / 1000).toFixed(2)} s`;
const mib = (...ms: Measurement[]) => ms.map((m) => `${Math.round(m.peakMiB)} MiB`).join(' / ');
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
const times = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}×`;

function progress(line: string): void {
  process.stdout.write(`[bench] ${line}\n`);
}

/** Builds start cold: no bundler or parse cache left from an earlier run. */
function clearCaches(siteDir: string): void {
  rmSync(path.join(siteDir, 'node_modules', '.cache'), {recursive: true, force: true});
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
}

async function step(name: string, command: string, args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Measurement> {
  progress(`${name}…`);
  const m = await measure(command, args, options);
  if (m.code !== 0) throw new Error(`${name} failed (exit ${m.code}):\n${m.output.slice(-2000)}`);
  progress(`${name}: ${seconds(m)}, peak ${Math.round(m.peakMiB)} MiB`);
  return m;
}

/** What the command line costs on one manual. */
interface CommandFigures {
  checkCold: Measurement;
  checkWarm: Measurement;
  searchFirst: Measurement;
  searchAgain: Measurement;
  diff: Measurement;
}

/** What one build of a manual costs, and what a reader downloads from it. */
interface Build {
  time: Measurement;
  pages: number;
  /** Gzipped bytes of the code every page loads first. */
  main: number;
  /** Gzipped bytes a reader's browser downloads to show one chapter page. */
  chapterPage: {bytes: number; requests: number};
  /** Bytes of the offline copy a visit saves. */
  offline: {stored: number; download: number};
}

interface Builds {
  plain: Build;
  chapters: Build;
  full: Build;
}

const manualDir = (chapters: number) => path.join(WORK, `manual-${chapters}`);

async function commandFigures(chapters: number): Promise<CommandFigures> {
  const cwd = manualDir(chapters);
  const label = `${chapters} chapters`;
  rmSync(PARSE_CACHE, {recursive: true, force: true});
  const checkCold = await step(`check, ${label}, cold`, NODE, [CLI, 'check'], {cwd});
  const checkWarm = await step(`check, ${label}, warm (chapters parsed before)`, NODE, [CLI, 'check'], {cwd});
  rmSync(SEARCH_CACHE, {recursive: true, force: true});
  const query = [CLI, 'search', 'strategy discussion'];
  const searchFirst = await step(`search, ${label}, first run (builds the index)`, NODE, query, {cwd});
  const searchAgain = await step(`search, ${label}, again`, NODE, query, {cwd});
  const diff = await step(`diff, ${label} (version 1 → ${VERSIONS})`, NODE, [CLI, 'diff', planManual(chapters).plans[0]!.id, '1', String(VERSIONS)], {cwd});
  return {checkCold, checkWarm, searchFirst, searchAgain, diff};
}

const pageCount = (dir: string) => Number(readFileSync(path.join(dir, 'sitemap.xml'), 'utf8').split('<url>').length - 1);

async function build(name: string, chapters: number, site: 'plain' | 'chapters' | 'full', out: string): Promise<Build> {
  const docs = manualDir(chapters);
  const time =
    site === 'plain'
      ? await step(name, NODE, [DOCUSAURUS, 'build', PLAIN_SITE, '--out-dir', out], {
          env: {PROCEDURES_DOCS: path.relative(PLAIN_SITE, path.join(docs, 'docs'))},
        })
      : await step(name, NODE, [DOCUSAURUS, 'build', ROOT, '--out-dir', out], {
          env: {PROCEDURES_DOCS: path.relative(ROOT, path.join(docs, 'docs')), ...(site === 'chapters' ? {PROCEDURES_HISTORY_PAGES: 'off'} : {})},
        });
  const chapterPage = await pageTransfer(out, `/procedures/${planManual(chapters).plans[0]!.id}`);
  return {time, pages: pageCount(out), main: mainBundleBytes(out), chapterPage, offline: offlineCopyBytes(out)};
}

async function builds(chapters: number): Promise<Builds> {
  clearCaches(PLAIN_SITE);
  const plain = await build(`plain Docusaurus build, ${chapters} chapters (peer)`, chapters, 'plain', path.join(WORK, `build-plain-${chapters}`));
  clearCaches(ROOT);
  const chapterPages = await build(
    `Procedures build, ${chapters} chapters, chapter pages only`,
    chapters,
    'chapters',
    path.join(WORK, `build-chapters-${chapters}`),
  );
  clearCaches(ROOT);
  const full = await build(`Procedures build, ${chapters} chapters, with history pages`, chapters, 'full', path.join(WORK, `build-full-${chapters}`));
  return {plain, chapters: chapterPages, full};
}

async function main(): Promise<void> {
  const commands = new Map<number, CommandFigures>();
  for (const chapters of SIZES) {
    progress(`generating a manual of ${chapters} chapters × ${VERSIONS} released versions`);
    const started = performance.now();
    await generateManual({dir: manualDir(chapters), chapters, versions: VERSIONS});
    progress(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    commands.set(chapters, await commandFigures(chapters));
  }
  const built = new Map<number, Builds>();
  for (const chapters of BUILT) built.set(chapters, await builds(chapters));

  // Warm builds, as in development and in CI with a cache, on the largest manual built.
  const docs = path.relative(ROOT, path.join(manualDir(LARGEST), 'docs'));
  const plainWarm = await step(
    'plain Docusaurus build again, caches warm (peer)',
    NODE,
    [DOCUSAURUS, 'build', PLAIN_SITE, '--out-dir', path.join(WORK, 'build-plain-warm')],
    {
      env: {PROCEDURES_DOCS: path.relative(PLAIN_SITE, path.join(manualDir(LARGEST), 'docs'))},
    },
  );
  const chaptersWarm = await step(
    'Procedures build again, chapter pages only, caches warm',
    NODE,
    [DOCUSAURUS, 'build', ROOT, '--out-dir', path.join(WORK, 'build-chapters-warm')],
    {
      env: {PROCEDURES_DOCS: docs, PROCEDURES_HISTORY_PAGES: 'off'},
    },
  );

  const edited = path.join(WORK, 'manual-release');
  const touched = Math.ceil(LARGEST / 10);
  copyWithChanges(manualDir(LARGEST), edited, LARGEST, touched, VERSIONS + 1);
  const release = await step(`release (${touched} chapters changed)`, NODE, [CLI, 'release', '--title', `Release ${VERSIONS + 1}`, '--date', '2020-01-01'], {
    cwd: edited,
  });
  rmSync(edited, {recursive: true, force: true});

  largestRows(commands.get(LARGEST)!, built.get(LARGEST)!, {plainWarm, chaptersWarm, release});
  const growth = growthTable(commands, built);
  progress('search: FlexSearch as configured vs lunr and MiniSearch…');
  const tables: string[] = [];
  for (const chapters of quick ? [300] : [300, 3000]) tables.push(formatSearchTable(await benchSearch(chapters)));
  writeReport(growth, tables.join('\n\n'));
  progress('wrote BENCHMARKS.md');
}

function overhead(m: Measurement, peer: Measurement): string {
  const percent = Math.round(((m.ms - peer.ms) / peer.ms) * 100);
  return percent >= 0 ? `${percent} % overhead` : `${-percent} % faster`;
}

function largestRows(c: CommandFigures, b: Builds, warm: {plainWarm: Measurement; chaptersWarm: Measurement; release: Measurement}): void {
  const {plain, chapters, full} = b;
  const size = `${LARGEST} chapters × ${VERSIONS} versions`;
  for (const [name, m, aim] of [
    ['cold', c.checkCold, '≤ 2 s'],
    ['warm: parse cache filled', c.checkWarm, '≤ 0.5 s with one chapter changed'],
  ] as const) {
    rows.push({
      step: `check, ${size} (${name})`,
      ours: seconds(m),
      peer: `${seconds(plain.time)} (plain Docusaurus build)`,
      ratio: `${(plain.time.ms / m.ms).toFixed(1)}× faster`,
      aim,
      memory: mib(m, plain.time),
    });
  }
  rows.push({
    step: `production build, chapter pages only (${chapters.pages} pages ours, ${plain.pages} plain)`,
    ours: seconds(chapters.time),
    peer: seconds(plain.time),
    ratio: overhead(chapters.time, plain.time),
    aim: '≤ 15 % overhead',
    memory: mib(chapters.time, plain.time),
  });
  rows.push({
    step: 'the same build again, bundler and parse caches warm (as in development and CI with a cache)',
    ours: seconds(warm.chaptersWarm),
    peer: seconds(warm.plainWarm),
    ratio: overhead(warm.chaptersWarm, warm.plainWarm),
    aim: '≤ 15 % overhead',
    memory: mib(warm.chaptersWarm, warm.plainWarm),
  });
  const perPage = (m: Measurement, pages: number) => `${Math.round(m.ms / pages)} ms a page`;
  rows.push({
    step: `production build with history, version and compare pages (${full.pages} pages; ${perPage(full.time, full.pages)} against plain's ${perPage(plain.time, plain.pages)})`,
    ours: seconds(full.time),
    peer: seconds(plain.time),
    ratio: `${times(full.time.ms, plain.time.ms)} plain`,
    aim: '≤ 2× plain, ≤ 4 GiB',
    memory: mib(full.time, plain.time),
  });
  for (const [name, build] of [
    ['chapter pages only', chapters],
    ['with history pages', full],
  ] as const) {
    rows.push({
      step: `a chapter page's download, gzipped (${name}; ${build.chapterPage.requests} requests, plain's ${plain.chapterPage.requests})`,
      ours: kib(build.chapterPage.bytes),
      peer: kib(plain.chapterPage.bytes),
      ratio: `${times(build.chapterPage.bytes, plain.chapterPage.bytes)} plain`,
      aim: '≤ 1.15× plain',
      memory: '—',
    });
  }
  rows.push({
    step: `release of ${Math.ceil(LARGEST / 10)} changed chapters`,
    ours: seconds(warm.release),
    peer: '—',
    ratio: '—',
    aim: '—',
    memory: mib(warm.release),
  });
  rows.push({step: `diff of one chapter, version 1 → ${VERSIONS}`, ours: seconds(c.diff), peer: '—', ratio: '—', aim: '≤ 0.3 s', memory: mib(c.diff)});
  rows.push({
    step: 'search from the command line, first run (builds the index of every version)',
    ours: seconds(c.searchFirst),
    peer: '—',
    ratio: '—',
    aim: '—',
    memory: mib(c.searchFirst),
  });
  rows.push({
    step: 'search from the command line, again (index cached)',
    ours: seconds(c.searchAgain),
    peer: '—',
    ratio: '—',
    aim: '≤ 1 s',
    memory: mib(c.searchAgain),
  });
}

/** Each figure at each size, and how it grows between the two largest sizes that have it. */
function growthTable(commands: Map<number, CommandFigures>, built: Map<number, Builds>): string {
  const header = ['figure', ...SIZES.map((n) => `${n} chapters`), 'growth'];
  const lines: string[][] = [];
  const row = (name: string, values: Map<number, number>, format: (v: number) => string, unitGrowth: (perChapter: number) => string) => {
    const sizes = SIZES.filter((n) => values.has(n));
    const [a, b] = sizes.slice(-2);
    const growth = a !== undefined && b !== undefined ? unitGrowth((values.get(b)! - values.get(a)!) / (b - a)) : '—';
    lines.push([name, ...SIZES.map((n) => (values.has(n) ? format(values.get(n)!) : '—')), growth]);
  };
  const fromCommands = (pick: (c: CommandFigures) => number) => new Map([...commands].map(([n, c]) => [n, pick(c)]));
  const fromBuilds = (pick: (b: Builds) => number) => new Map([...built].map(([n, b]) => [n, pick(b)]));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  // A figure in ms per chapter is the same number of seconds per 1,000 chapters.
  const perK = (perChapter: number) => `+${perChapter.toFixed(2)} s per 1,000 chapters`;
  const mibOf = (v: number) => `${Math.round(v)} MiB`;
  const mibPerK = (perChapter: number) => `+${Math.round(perChapter * 1000)} MiB per 1,000 chapters`;
  const bytesPerChapter = (perChapter: number) => `+${Math.round(perChapter)} B a chapter`;
  row(
    'check, cold',
    fromCommands((c) => c.checkCold.ms),
    s,
    perK,
  );
  row(
    'check, warm',
    fromCommands((c) => c.checkWarm.ms),
    s,
    perK,
  );
  row(
    'check, cold, peak memory',
    fromCommands((c) => c.checkCold.peakMiB),
    mibOf,
    mibPerK,
  );
  row(
    'search from the command line, again',
    fromCommands((c) => c.searchAgain.ms),
    s,
    perK,
  );
  row(
    'search from the command line, first run, peak memory',
    fromCommands((c) => c.searchFirst.peakMiB),
    mibOf,
    mibPerK,
  );
  row(
    'diff of one chapter',
    fromCommands((c) => c.diff.ms),
    s,
    perK,
  );
  row(
    'plain Docusaurus build (peer)',
    fromBuilds((b) => b.plain.time.ms),
    s,
    perK,
  );
  row(
    'build, chapter pages only',
    fromBuilds((b) => b.chapters.time.ms),
    s,
    perK,
  );
  row(
    'build with history pages',
    fromBuilds((b) => b.full.time.ms),
    s,
    perK,
  );
  row(
    'plain Docusaurus build, peak memory (peer)',
    fromBuilds((b) => b.plain.time.peakMiB),
    mibOf,
    mibPerK,
  );
  row(
    'build with history pages, peak memory',
    fromBuilds((b) => b.full.time.peakMiB),
    mibOf,
    mibPerK,
  );
  row(
    'main bundle, gzipped: plain Docusaurus (peer)',
    fromBuilds((b) => b.plain.main),
    kib,
    bytesPerChapter,
  );
  row(
    'main bundle, gzipped: chapter pages only',
    fromBuilds((b) => b.chapters.main),
    kib,
    bytesPerChapter,
  );
  row(
    'main bundle, gzipped: with history pages',
    fromBuilds((b) => b.full.main),
    kib,
    bytesPerChapter,
  );
  row(
    "a chapter page's download: plain Docusaurus (peer)",
    fromBuilds((b) => b.plain.chapterPage.bytes),
    kib,
    bytesPerChapter,
  );
  row(
    "a chapter page's download: chapter pages only",
    fromBuilds((b) => b.chapters.chapterPage.bytes),
    kib,
    bytesPerChapter,
  );
  row(
    "a chapter page's download: with history pages",
    fromBuilds((b) => b.full.chapterPage.bytes),
    kib,
    bytesPerChapter,
  );
  const mibOfBytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const kibPerChapter = (perChapter: number) => `+${Math.round(perChapter / 1024)} KiB a chapter`;
  for (const [name, pick] of [
    ['chapter pages only', (b: Builds) => b.chapters.offline],
    ['with history pages', (b: Builds) => b.full.offline],
  ] as const) {
    row(
      `offline copy on a reader's device, stored (${name})`,
      fromBuilds((b) => pick(b).stored),
      mibOfBytes,
      kibPerChapter,
    );
    row(
      `offline copy, downloaded gzipped (${name})`,
      fromBuilds((b) => pick(b).download),
      mibOfBytes,
      kibPerChapter,
    );
  }
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

function writeReport(growth: string, search: string): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const table = [
    '| step | Procedures | peer, same run | ratio | aim | peak memory (ours / peer) |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.step} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.aim} | ${r.memory} |`),
  ].join('\n');
  const text = `# Benchmarks

Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}.
The manuals are generated (\`scripts/bench/generate-manual.ts\`, seed 1): chapters in 10 parts, 4–8 sections of 150–600 words each, related procedures and inline section links, and ${VERSIONS} released versions a chapter. The machine is shared and noisy: compare the ratios, which are measured in the same run, rather than the seconds. Downloads are counted gzipped, as they leave a server, until React has taken over the page and its network has been quiet for 1.5 s (so Docusaurus's prefetching of the pages its visible links lead to counts, as Lighthouse counts it), with service workers blocked.

## ${LARGEST} chapters × ${VERSIONS} versions

${table}

## How the figures grow with the manual

Manuals of ${SIZES.join(', ')} chapters, each with ${VERSIONS} released versions a chapter${BUILT.length < SIZES.length ? `; only those of ${BUILT.join(' and ')} chapters are built` : ''}.

${growth}

## Search

${search}

${readFileSync(path.join(__dirname, 'causes.md'), 'utf8').trim()}
`;
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), text);
  process.stdout.write(`\n${table}\n\n${growth}\n\n${search}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
