import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {copyWithChanges, generateManual, planManual} from './generate-manual';
import {measure, type Measurement} from './measure';
import {benchSearch, formatSearchTable} from './search-bench';

/**
 * `npm run bench [-- --quick]`: builds a generated manual and times each step
 * against a peer measured in the same run, then writes BENCHMARKS.md. This
 * machine is shared and noisy, so the ratios matter more than the seconds.
 */
const quick = process.argv.includes('--quick');
const CHAPTERS = quick ? 200 : 1000;
const VERSIONS = 5;
const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'bench-work');
const MANUAL = path.join(WORK, `manual-${CHAPTERS}`);
const NODE = process.execPath;
const CLI = path.join(ROOT, 'bin/procedures.cjs');
const DOCUSAURUS = path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

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

async function main(): Promise<void> {
  progress(`generating a manual of ${CHAPTERS} chapters × ${VERSIONS} released versions`);
  const started = performance.now();
  await generateManual({dir: MANUAL, chapters: CHAPTERS, versions: VERSIONS});
  progress(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const docs = path.relative(ROOT, path.join(MANUAL, 'docs'));

  clearCaches(ROOT);
  const check = await step('procedures check, cold', NODE, [CLI, 'check'], {cwd: MANUAL});
  const warm = await step('procedures check, warm (chapters parsed before)', NODE, [CLI, 'check'], {cwd: MANUAL});
  const plainDir = path.join(__dirname, 'plain-site');
  clearCaches(plainDir);
  const buildPlain = (name: string) =>
    step(name, NODE, [DOCUSAURUS, 'build', plainDir, '--out-dir', path.join(WORK, 'build-plain')], {
      env: {PROCEDURES_DOCS: path.relative(plainDir, path.join(MANUAL, 'docs'))},
    });
  const plain = await buildPlain('plain Docusaurus build (peer)');
  const plainWarm = await buildPlain('plain Docusaurus build again, caches warm (peer)');
  clearCaches(ROOT);
  const ours = await step('Procedures build', NODE, [DOCUSAURUS, 'build', ROOT, '--out-dir', path.join(WORK, 'build-ours')], {env: {PROCEDURES_DOCS: docs}});
  clearCaches(ROOT);
  const buildChapters = (name: string) =>
    step(name, NODE, [DOCUSAURUS, 'build', ROOT, '--out-dir', path.join(WORK, 'build-chapters')], {
      env: {PROCEDURES_DOCS: docs, PROCEDURES_HISTORY_PAGES: 'off'},
    });
  const chaptersOnly = await buildChapters('Procedures build, chapter pages only');
  const chaptersWarm = await buildChapters('Procedures build again, chapter pages only, caches warm');
  const pages = (dir: string) => Number(readFileSync(path.join(WORK, dir, 'sitemap.xml'), 'utf8').split('<url>').length - 1);
  for (const [name, m] of [
    ['cold', check],
    ['warm: parse cache filled', warm],
  ] as const) {
    rows.push({
      step: `check, ${CHAPTERS} chapters × ${VERSIONS} versions (${name})`,
      ours: seconds(m),
      peer: `${seconds(plain)} (plain Docusaurus build)`,
      ratio: `${(plain.ms / m.ms).toFixed(1)}× faster`,
      aim: 'under 2 s and ≥ 50× faster',
      memory: mib(m, plain),
    });
  }
  const overhead = (m: Measurement, peer = plain) => {
    const percent = Math.round(((m.ms - peer.ms) / peer.ms) * 100);
    return percent >= 0 ? `${percent} % overhead` : `${-percent} % faster`;
  };
  rows.push({
    step: `production build, chapter pages only (${pages('build-chapters')} pages ours, ${pages('build-plain')} plain)`,
    ours: seconds(chaptersOnly),
    peer: seconds(plain),
    ratio: overhead(chaptersOnly),
    aim: '≤ 15 % overhead',
    memory: mib(chaptersOnly, plain),
  });
  rows.push({
    step: 'the same build again, bundler and parse caches warm (as in development and CI with a cache)',
    ours: seconds(chaptersWarm),
    peer: seconds(plainWarm),
    ratio: overhead(chaptersWarm, plainWarm),
    aim: '≤ 15 % overhead',
    memory: mib(chaptersWarm, plainWarm),
  });
  const perPage = (m: Measurement, dir: string) => `${Math.round(m.ms / pages(dir))} ms a page`;
  rows.push({
    step: `production build with history, version and compare pages (${pages('build-ours')} pages; ${perPage(ours, 'build-ours')} against plain's ${perPage(plain, 'build-plain')})`,
    ours: seconds(ours),
    peer: seconds(plain),
    ratio: overhead(ours),
    aim: '—',
    memory: mib(ours, plain),
  });

  const edited = path.join(WORK, 'manual-release');
  const touched = Math.ceil(CHAPTERS / 10);
  copyWithChanges(MANUAL, edited, CHAPTERS, touched, VERSIONS + 1);
  const release = await step(`release (${touched} chapters changed)`, NODE, [CLI, 'release', '--title', `Release ${VERSIONS + 1}`, '--date', '2020-01-01'], {
    cwd: edited,
  });
  const firstId = planManual(CHAPTERS).plans[0]!.id;
  const diff = await step(`procedures diff (version 1 → ${VERSIONS})`, NODE, [CLI, 'diff', firstId, '1', String(VERSIONS)], {cwd: MANUAL});
  rows.push({step: `release of ${touched} changed chapters`, ours: seconds(release), peer: '—', ratio: '—', aim: '—', memory: mib(release)});
  rows.push({step: `diff of one chapter, version 1 → ${VERSIONS}`, ours: seconds(diff), peer: '—', ratio: '—', aim: '—', memory: mib(diff)});

  const search = await searchRows();
  writeReport(search);
  rmSync(edited, {recursive: true, force: true});
  progress('wrote BENCHMARKS.md');
}

/** The search figures (run in this process: no builds, so no peak memory of their own). */
async function searchRows(): Promise<string> {
  progress('search: FlexSearch as configured vs lunr and MiniSearch…');
  const tables: string[] = [];
  for (const chapters of quick ? [300] : [300, 3000]) tables.push(formatSearchTable(await benchSearch(chapters)));
  return tables.join('\n\n');
}

function writeReport(search: string): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const table = [
    '| step | Procedures | peer, same run | ratio | aim | peak memory (ours / peer) |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.step} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.aim} | ${r.memory} |`),
  ].join('\n');
  const text = `# Benchmarks

Written by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}.
The manual is generated (\`scripts/bench/generate-manual.ts\`, seed 1): ${CHAPTERS} chapters in 10 parts, 4–8 sections of 150–600 words each, related procedures and inline section links, and ${VERSIONS} released versions a chapter. The machine is shared and noisy: compare the ratios, which are measured in the same run, rather than the seconds.

${table}

${search}
`;
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), text);
  process.stdout.write(`\n${table}\n\n${search}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
