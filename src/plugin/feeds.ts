import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {DocusaurusConfig, HtmlTags} from '@docusaurus/types';
import {Feed} from 'feed';
import type {AmendmentsData} from '../lib/pages/amendments';
import type {ManualConfig} from '../lib/schema';
import {AMENDMENTS_PATH} from '../lib/pages/urls';

const FEEDS = {rss: 'rss.xml', atom: 'atom.xml'};

/** `<link rel="alternate">` tags so browsers and feed readers find the feeds. */
export function feedLinks(siteBase: string, title: string): HtmlTags {
  return [
    {
      tagName: 'link',
      attributes: {rel: 'alternate', type: 'application/rss+xml', href: `${siteBase}${AMENDMENTS_PATH}/${FEEDS.rss}`, title: `${title}: amendments (RSS)`},
    },
    {
      tagName: 'link',
      attributes: {rel: 'alternate', type: 'application/atom+xml', href: `${siteBase}${AMENDMENTS_PATH}/${FEEDS.atom}`, title: `${title}: amendments (Atom)`},
    },
  ];
}

/** RSS and Atom feeds of the releases, one item a release, newest first. */
export async function writeFeeds(
  outDir: string,
  siteConfig: DocusaurusConfig,
  {config, amendments}: {config: ManualConfig; amendments: AmendmentsData},
): Promise<void> {
  const page = `${siteConfig.url}${siteConfig.baseUrl.replace(/\/$/, '')}${AMENDMENTS_PATH}`;
  const {releases} = amendments;
  const feed = new Feed({
    title: escapeHtml(`${config.title}: amendments`),
    description: escapeHtml(`Each release of the ${config.title}, with the chapters it added, updated or withdrawn.`),
    id: page,
    link: page,
    language: 'en-GB',
    copyright: config.board,
    ...(releases[0] ? {updated: new Date(`${releases[0].date}T00:00:00Z`)} : {}),
    feedLinks: {rss: `${page}/${FEEDS.rss}`, atom: `${page}/${FEEDS.atom}`},
  });
  for (const release of releases) {
    const lines = release.entries.map((e) =>
      e.status === 'withdrawn'
        ? `${e.number} ${e.title}: withdrawn${e.replacedBy ? `, replaced by ${e.replacedBy.number} ${e.replacedBy.title}` : ''}.`
        : `${e.number} ${e.title}: ${e.status === 'new' ? 'new chapter' : `updated ${e.change ?? ''}`}`.trim(),
    );
    // Feed readers render titles, descriptions and summaries as HTML: chapter text goes in escaped, as text.
    feed.addItem({
      title: escapeHtml(`${release.title} update`),
      id: `${page}#${release.anchor}`,
      link: `${page}#${release.anchor}`,
      date: new Date(`${release.date}T00:00:00Z`),
      description: escapeHtml(lines.join('\n')),
      content: `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    });
  }
  const dir = path.join(outDir, AMENDMENTS_PATH);
  await mkdir(dir, {recursive: true});
  await Promise.all([writeFile(path.join(dir, FEEDS.rss), feed.rss2()), writeFile(path.join(dir, FEEDS.atom), feed.atom1())]);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
