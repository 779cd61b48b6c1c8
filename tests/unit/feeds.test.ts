import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {expect, it} from 'vitest';
import type {AmendmentsData} from '../../src/lib/pages/amendments';
import {writeFeeds} from '../../src/plugin/feeds';
import {manualFeeds} from '../../src/lib/feeds/feed-models';
import type {Manual} from '../../src/lib/model';

const MARKUP = `<script>alert('feed')</script><img src=x onerror=alert(1)>`;

const amendments: AmendmentsData = {
  releases: [
    {
      title: `June 2009 ${MARKUP}`,
      date: '2009-06-01',
      anchor: 'june-2009',
      sha256: '0'.repeat(64),
      record: 'data/history/releases/2009-06-01-june-2009.yml',
      entries: [
        {
          status: 'updated',
          id: 'referrals',
          number: '2.1',
          title: `Referrals ${MARKUP}`,
          part: 'referral',
          version: 2,
          url: '/procedures/referrals/v2',
          change: `by adding ${MARKUP}.`,
          sections: `Section 1 (Making a Referral ${MARKUP}) amended`,
          compareUrl: '/procedures/referrals/compare?from=1&to=2',
        },
      ],
    },
  ],
};

/** Element names in a piece of HTML: what a feed reader would build from a field it renders as HTML. */
const elementsIn = (html: string) => [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());

// The XML parsed as a feed reader parses it: CDATA and entities resolved once, giving each field's HTML.
const xml = new XMLParser({ignoreAttributes: false, cdataPropName: false, htmlEntities: false, processEntities: true});

it('writes RSS and Atom feeds whose HTML fields hold chapter text as text, never as markup', async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'procedures-feeds-'));
  const manual = {
    config: {title: `Manual ${MARKUP}`, board: 'Board'},
    parts: [{part: {id: 'referral', number: 2, title: `Referral ${MARKUP}`}}],
    chapters: [{id: 'referrals', number: '2.1', title: `Referrals ${MARKUP}`}],
  } as unknown as Manual;
  await writeFeeds(
    outDir,
    manualFeeds(manual, amendments, {siteBase: '', chaptersBase: '/procedures'}),
    {origin: 'https://example.org', board: 'Board', language: 'en-GB'},
    '',
  );
  const read = (file: string) => xml.parse(readFileSync(path.join(outDir, 'amendments', file), 'utf8'));
  const text = (field: unknown) => (typeof field === 'object' && field !== null ? String((field as {'#text'?: unknown})['#text'] ?? '') : String(field));

  const {rss} = read('rss.xml');
  const [item] = [rss.channel.item].flat();
  const {feed} = read('atom.xml');
  const [entry] = [feed.entry].flat();
  const htmlFields = {
    'rss channel title': rss.channel.title,
    'rss channel description': rss.channel.description,
    'rss item title': item.title,
    'rss item description': item.description,
    'rss item content': item['content:encoded'],
    'atom title': feed.title,
    'atom subtitle': feed.subtitle,
    'atom entry title': entry.title,
    'atom entry summary': entry.summary,
    'atom entry content': entry.content,
  };
  for (const [name, field] of Object.entries(htmlFields)) {
    expect(
      elementsIn(text(field)).filter((e) => e !== 'ul' && e !== 'li'),
      `${name}: ${text(field)}`,
    ).toEqual([]);
  }
  expect(text(entry.summary)).toContain('2.1 Referrals &lt;script&gt;');

  // JSON Feed: content_html is HTML and holds the text escaped; the text fields hold it as typed.
  for (const folder of ['amendments', 'feeds/part/referral', 'feeds/chapter/referrals']) {
    const json = JSON.parse(readFileSync(path.join(outDir, folder, 'feed.json'), 'utf8'));
    const [first] = json.items;
    // Only the list, and a chapter's link to its comparison.
    expect(
      elementsIn(first.content_html).filter((e) => !['ul', 'li', 'p', 'a'].includes(e)),
      folder,
    ).toEqual([]);
    expect(first.content_text, folder).toContain(`Referrals ${MARKUP}`);
    if (folder !== 'amendments') {
      expect(first.content_html).toContain('<a href="https://example.org/procedures/referrals/compare?from=1&amp;to=2">');
      expect(first._procedures.sections_affected).toBe(`Section 1 (Making a Referral ${MARKUP}) amended`);
    }
    const chapterRss = read(`../${folder}/rss.xml`).rss;
    expect(elementsIn(text([chapterRss.channel.item].flat()[0].title)), folder).toEqual([]);
  }
  expect(text(entry.title)).toBe(`June 2009 ${MARKUP} update`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
});
