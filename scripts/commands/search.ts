import {buildSearchIndex} from '../../src/lib/search/build-index';
import {docLabel, pastVersionLabel, sectionPrefix} from '../../src/lib/search/version-label';
import {SearchEngine} from '../../src/lib/search/engine';
import {groupHits} from '../../src/lib/search/group-hits';
import type {Segment} from '../../src/lib/search/snippet';
import {allChapterVersions} from '../../src/lib/history/chapter-versions';
import {GLOSSARY_PATH} from '../../src/lib/glossary/glossary';
import {searchSources} from '../../src/lib/search/sources';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {readManualConfig} from '../../src/lib/load-manual';
import {MANUAL_CONFIG} from '../../src/lib/options';
import {assertManualFolder, readManual, sha256} from '../../src/node/read-manual-fs';
import {cachedSearchIndex, searchIndexKey} from '../../src/node/search-cache-fs';
import {isoDateOption, MANUAL_ARGS, manualOptions, parseCommand, UsageError} from './usage';

/** Matched words in [brackets], readable without colour. */
const plain = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

/**
 * `procedures search "<query>"`: what a practitioner would find, from the
 * same index and engine as the site, for editors checking how a chapter
 * is found.
 */
export async function search(args: string[]): Promise<number> {
  const {values: options, positionals} = parseCommand(args, {
    ...MANUAL_ARGS,
    part: {type: 'string'},
    audience: {type: 'string'},
    since: {type: 'string'},
    past: {type: 'boolean', default: false},
    limit: {type: 'string', default: '10'},
    json: {type: 'boolean', default: false},
  });
  const query = positionals.join(' ');
  if (!query.trim()) throw new UsageError('search needs something to look for, such as: search "mobile phone"');
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number above 0, not "${options.limit}"`);
  const site = manualOptions(options);
  const root = process.cwd();
  await assertManualFolder(root, site.docsDir);
  const configFile = path.join(site.docsDir, MANUAL_CONFIG);
  const {config} = readManualConfig({file: configFile, text: await readFile(path.resolve(root, configFile), 'utf8').catch(() => '')});
  if (config) {
    const known = (name: string, value: string | undefined, ids: string[]) => {
      if (value !== undefined && !ids.includes(value)) throw new UsageError(`${name} must be one of ${ids.join(', ')}, not "${value}"`);
    };
    known(
      '--part',
      options.part,
      config.parts.map((p) => p.id),
    );
    known(
      '--audience',
      options.audience,
      config.audiences.map((a) => a.id),
    );
  }
  // The index covers every past version: built once per state of the manual, then read from the cache.
  const key = await searchIndexKey(root, [site.docsDir, site.historyDir], site.routeBasePath);
  const load = await cachedSearchIndex(key, async () => {
    const {manual, history} = await readManual({root, ...site, parseHistory: true});
    return manual && buildSearchIndex(searchSources(manual, history, allChapterVersions(manual, history, sha256), `/${site.routeBasePath}`, GLOSSARY_PATH));
  });
  if (!load) {
    process.stderr.write('The manual has errors that stop it loading: run `npm run check` and fix them first.\n');
    return 1;
  }
  const engine = await SearchEngine.open(load);
  const result = await engine.search(
    query,
    {
      ...(options.part ? {part: options.part} : {}),
      ...(options.audience ? {audience: options.audience} : {}),
      ...(options.since ? {since: isoDateOption('--since', options.since)} : {}),
      ...(options.past ? {past: true} : {}),
    },
    limit,
  );

  if (options.json) {
    const hits = result.hits.map(({doc, section, heading, url, snippet}) => ({
      id: doc.id,
      number: doc.number,
      title: doc.title,
      version: doc.version,
      current: doc.current,
      section,
      heading: plain(heading),
      url,
      snippet: plain(snippet),
    }));
    process.stdout.write(`${JSON.stringify({query, jump: result.jump, total: result.total, corrections: result.corrections, hits}, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  if (result.jump) lines.push(`${result.jump.label}\n  ${result.jump.url}`);
  else if (result.query.citation) lines.push(`The manual has no chapter or section ${query.trim()}.`);
  for (const c of result.corrections) lines.push(`"${c.word}" matches nothing; searched for ${c.as.map((w) => `"${w}"`).join(' or ')}.`);
  for (const {doc, hits} of groupHits(result.hits)) {
    const past = pastVersionLabel(doc);
    lines.push('', `${docLabel(doc)}${past ? ` (${past})` : ''}`);
    for (const hit of hits) lines.push(`  ${sectionPrefix(doc, hit.section, true)}${plain(hit.heading)}  ${hit.url}`, `     ${plain(hit.snippet)}`);
  }
  if (!result.jump && !result.query.citation) {
    lines.push('', result.total === 0 ? 'No sections match.' : `${result.hits.length} of ${result.total} matching section${result.total === 1 ? '' : 's'}.`);
  }
  process.stdout.write(`${lines.join('\n').replace(/^\n/, '')}\n`);
  return 0;
}
