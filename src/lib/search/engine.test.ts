import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from './build-index';
import {SearchEngine, topScored} from './engine';
import type {Segment} from './snippet';
import type {DocSource} from './sources';

const filler = (n: number) => Array.from({length: n}, (_, i) => `Practitioners record decision ${i} with reasons.`).join(' ');

function chapter(id: string, number: string, part: string, sections: [string, string][], extra: Partial<DocSource> = {}): DocSource {
  return {
    id,
    number,
    title: extra.title ?? id.replace(/-/g, ' '),
    part,
    audience: ['all'],
    keywords: [],
    version: 1,
    effective: '2008-04-01',
    current: true,
    url: `/procedures/${id}`,
    sections: sections.map(([heading, text]) => ({heading, anchor: heading.toLowerCase().replace(/ /g, '-'), text})),
    ...extra,
  };
}

const SOURCES: DocSource[] = [
  chapter(
    'referrals',
    '2.1',
    'core',
    [
      ['Who Should Refer', `${filler(3)} Anyone worried about a child should refer to Children's Social Care.`],
      ['Strategy', `A strategy discussion follows the referral. ${filler(2)}`],
    ],
    {audience: ['police'], effective: '2008-10-01'},
  ),
  chapter(
    'child-abuse-and-ict',
    '4.4',
    'specific',
    [
      ['The Internet', `${filler(4)} Abusers groom children online; the grooming moves to mobile phones.`],
      ['The Impact on the Child', `Children who were groomed need support. ${filler(2)}`],
      ['Child Abuse and the Adult', `${filler(3)} Indecent images were found.`],
      ['Referral and Strategy Discussion', `Discuss the strategy with the police. ${filler(2)}`],
      ['Outcome', `Record the outcome and the behaviour seen. ${filler(1)}`],
    ],
    {title: 'Child Abuse and Information Communication Technology', keywords: ['online abuse']},
  ),
  chapter('child-abuse-and-ict', '4.4', 'specific', [['The Internet', 'The first version said little about grooming.']], {
    title: 'Child Abuse and Information Communication Technology',
    current: false,
    effective: '2008-04-01',
    until: '2009-01-31',
    url: '/procedures/child-abuse-and-ict/v1',
  }),
  chapter('hostile', '4.9', 'specific', [['Scripts', 'A page may contain <script>alert("grooming")</script> & <b>markup</b> as text.']]),
  ...Array.from({length: 12}, (_, i) =>
    chapter(`policy-${i}`, `1.${i + 1}`, 'core', [['Records', `Keep the outcome of each grooming concern on file. ${filler(i)}`]], {audience: ['health']}),
  ),
];

/** An engine over SOURCES, and the files it has loaded so far. */
async function open() {
  const files = buildSearchIndex(SOURCES);
  const loaded: string[] = [];
  const engine = await SearchEngine.open(async (file) => {
    loaded.push(file);
    if (!files.has(file)) throw new Error(`no file ${file}`);
    return structuredClone(files.get(file));
  });
  return {engine, loaded};
}

const text = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
const where = (hit: {doc: {number: string; version: number}; section: number}) => `${hit.doc.number} v${hit.doc.version} s${hit.section}`;

describe('the search engine', () => {
  it('finds every form of a word and marks each in the snippet', async () => {
    const {engine} = await open();
    for (const query of ['groom', 'grooming', 'groomed', 'grooms']) {
      const {hits} = await engine.search(query, {}, 20);
      expect(hits.map(where), query).toContain('4.4 v1 s1');
    }
    const {hits} = await engine.search('grooming', {}, 20);
    expect(text(hits.find((h) => where(h) === '4.4 v1 s1')!.snippet)).toContain('Abusers [groom] children online; the [grooming] moves');
  });

  it('matches the word being typed by its beginning', async () => {
    const {engine} = await open();
    expect((await engine.search('indec', {}, 1)).hits.map(where)).toEqual(['4.4 v1 s3']);
  });

  it('finds British spellings from American ones', async () => {
    const {engine} = await open();
    const {hits} = await engine.search('behavior', {}, 1);
    expect(hits.map(where)).toEqual(['4.4 v1 s5']);
    expect(text(hits[0]!.snippet)).toContain('[behaviour]');
  });

  it('reads a word that matches nothing as a typo of one that does', async () => {
    const {engine} = await open();
    const result = await engine.search('indecnet', {}, 1);
    expect(result.corrections).toEqual([{word: 'indecnet', as: ['indecent']}]);
    expect(result.hits.map(where)).toEqual(['4.4 v1 s3']);
  });

  it('ranks a match in a heading above matches in text', async () => {
    const {engine} = await open();
    const {hits} = await engine.search('strategy', {}, 3);
    expect(hits.map(where).slice(0, 2).sort()).toEqual(['2.1 v1 s2', '4.4 v1 s4']);
    expect(text(hits[0]!.heading)).toMatch(/\[Strategy\]/);
  });

  it('goes straight to a cited chapter or section', async () => {
    const {engine} = await open();
    expect((await engine.search('4.4')).jump).toEqual({
      url: '/procedures/child-abuse-and-ict',
      label: '4.4 Child Abuse and Information Communication Technology',
    });
    const section = {url: '/procedures/child-abuse-and-ict#outcome', label: '4.4 Child Abuse and Information Communication Technology, section 5: Outcome'};
    expect((await engine.search('4.4.5')).jump).toEqual(section);
    expect((await engine.search('4.4 s5')).jump).toEqual(section);
    expect((await engine.search('4.4 s9')).jump?.url).toBe('/procedures/child-abuse-and-ict');
    expect(await engine.search('7.7')).toMatchObject({hits: [], total: 0});
    expect((await engine.search('7.7')).jump).toBeUndefined();
  });

  it('keeps only sections holding a quoted phrase', async () => {
    const {engine} = await open();
    const {hits, total} = await engine.search('"strategy discussion"');
    expect(hits.map(where).sort()).toEqual(['2.1 v1 s2', '4.4 v1 s4']);
    expect(total).toBe(2);
  });

  it('filters by part, by audience (counting chapters for all practitioners) and by date', async () => {
    const {engine} = await open();
    const parts = (await engine.search('referral', {part: 'core'}, 20)).hits.map((h) => h.doc.part);
    expect(new Set(parts)).toEqual(new Set(['core']));
    const forPolice = (await engine.search('strategy', {audience: 'police'}, 20)).hits.map((h) => h.doc.id);
    expect(new Set(forPolice)).toEqual(new Set(['referrals', 'child-abuse-and-ict']));
    const forHealth = (await engine.search('strategy', {audience: 'health'}, 20)).hits.map((h) => h.doc.id);
    expect(new Set(forHealth)).toEqual(new Set(['child-abuse-and-ict']));
    const since = (await engine.search('strategy', {since: '2008-06-01'}, 20)).hits.map((h) => h.doc.id);
    expect(new Set(since)).toEqual(new Set(['referrals']));
  });

  it('searches past versions only when asked, and labels them', async () => {
    const {engine, loaded} = await open();
    const current = await engine.search('little', {}, 5);
    expect(current.hits).toEqual([]);
    const past = await engine.search('little', {past: true}, 5);
    expect(past.hits.map((h) => [h.url, h.doc.current, h.doc.effective, h.doc.until])).toEqual([
      ['/procedures/child-abuse-and-ict/v1#the-internet', false, '2008-04-01', '2009-01-31'],
    ]);
    // A past version's texts are in a folder of their own, which the offline copy leaves out.
    expect(loaded.filter((f) => f.includes('doc-'))).toEqual(['past/doc-2.json']);
  });

  it('applies filters before the limit, so a filtered page is full', async () => {
    const {engine} = await open();
    const all = await engine.search('grooming', {}, 100);
    const health = all.hits.filter((h) => h.doc.audience.includes('health')).length;
    expect(health).toBe(12);
    const limited = await engine.search('grooming', {audience: 'health'}, 10);
    expect(limited.hits).toHaveLength(10);
    // The twelve for health, and three for all practitioners.
    expect(limited.total).toBe(15);
    expect(limited.hits.every((h) => h.doc.audience.includes('health') || h.doc.audience.includes('all'))).toBe(true);
  });

  it('returns chapter text as plain text, markup and all', async () => {
    const {engine} = await open();
    const {hits} = await engine.search('script', {}, 1);
    expect(hits[0]!.snippet.map((s) => s.text).join('')).toBe('A page may contain <script>alert("grooming")</script> & <b>markup</b> as text.');
    expect(text(hits[0]!.snippet)).toContain('<[script]>');
  });

  it('loads only the files a query needs', async () => {
    const {engine, loaded} = await open();
    expect(loaded).toEqual(['manifest.json']);
    // A word's shard is named by its first two letters: a large manual's shards stay small.
    await engine.search('mobile phones', {}, 1);
    expect(loaded.sort()).toEqual(['doc-1.json', 'manifest.json', 'shard-mo.json', 'shard-ph.json']);
    await engine.search('4.4');
    expect(loaded).toHaveLength(4);
  });

  it('finds a word by its beginning in the shard of its first two letters', async () => {
    const {engine, loaded} = await open();
    const {hits} = await engine.search('mob', {}, 1);
    expect(hits).toHaveLength(1);
    expect(loaded.filter((f) => f.startsWith('shard-'))).toEqual(['shard-mo.json']);
  });
});

describe('the best of many matches', () => {
  it('keeps the same ids as sorting every match would, ties going to the lower id', () => {
    // Few distinct scores, so ties are common.
    const matches = fc
      .uniqueArray(fc.nat(200))
      .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.integer({min: 0, max: 4}), {minLength: 201, maxLength: 201})));
    fc.assert(
      fc.property(matches, fc.nat(30), ([ids, values], top) => {
        const scores = Float64Array.from(values);
        const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
        expect(topScored(ids, scores, top).sort(byScore)).toEqual([...ids].sort(byScore).slice(0, top));
      }),
    );
  });
});
