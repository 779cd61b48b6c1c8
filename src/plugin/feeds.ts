import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {HtmlTagObject} from '@docusaurus/types';
import type {FeedModel} from '../lib/feeds/feed-models';
import {renderFeed, type FeedSite} from '../lib/feeds/render-feeds';
import {AMENDMENTS_PATH, FEED_FILES} from '../lib/pages/urls';

/** `<link rel="alternate">` tags on every page, so browsers and feed readers find the whole manual's feeds. */
export function feedLinks(siteBase: string, title: string): HtmlTagObject[] {
  const folder = `${siteBase}${AMENDMENTS_PATH}`;
  return [
    ['application/rss+xml', FEED_FILES.rss, 'RSS'],
    ['application/atom+xml', FEED_FILES.atom, 'Atom'],
    ['application/feed+json', FEED_FILES.json, 'JSON Feed'],
  ].map(([type, file, name]) => ({tagName: 'link', attributes: {rel: 'alternate', type, href: `${folder}/${file}`, title: `${title}: amendments (${name})`}}));
}

/** Writes each feed's RSS, Atom and JSON Feed files into the build. */
export async function writeFeeds(outDir: string, feeds: readonly FeedModel[], site: FeedSite, siteBase: string): Promise<void> {
  for (const model of feeds) {
    const dir = path.join(outDir, model.folder.slice(siteBase.length));
    await mkdir(dir, {recursive: true});
    await Promise.all(Object.entries(renderFeed(model, site)).map(([file, text]) => writeFile(path.join(dir, file), text)));
  }
}
