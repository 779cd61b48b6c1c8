import {Feed} from 'feed';
import {FEED_FILES} from '../pages/urls';
import type {FeedItem, FeedModel} from './feed-models';

export interface FeedSite {
  /** The site's origin, which the models' addresses (each starting with the site's base) are below. */
  origin: string;
  board: string;
  language: string;
}

/** A feed's three files: RSS 2.0, Atom 1.0 and JSON Feed 1.1, by file name. */
export function renderFeed(model: FeedModel, site: FeedSite): Record<string, string> {
  const abs = (url: string) => `${site.origin}${url}`;
  const links = {
    rss: abs(`${model.folder}/${FEED_FILES.rss}`),
    atom: abs(`${model.folder}/${FEED_FILES.atom}`),
    json: abs(`${model.folder}/${FEED_FILES.json}`),
  };
  const feed = new Feed({
    // Feed readers render titles, descriptions and summaries as HTML: the manual's text goes in escaped, as text.
    title: escapeHtml(model.title),
    description: escapeHtml(model.description),
    id: abs(model.page),
    link: abs(model.page),
    language: site.language,
    copyright: escapeHtml(site.board),
    ...(model.updated ? {updated: dateOf(model.updated)} : {}),
    feedLinks: {rss: links.rss, atom: links.atom, json: links.json},
  });
  for (const item of model.items) {
    feed.addItem({
      title: escapeHtml(item.title),
      id: abs(item.id),
      link: abs(item.url),
      date: dateOf(item.date),
      description: escapeHtml(item.lines.join('\n')),
      content: itemHtml(item, abs),
    });
  }
  return {[FEED_FILES.rss]: feed.rss2(), [FEED_FILES.atom]: feed.atom1(), [FEED_FILES.json]: `${JSON.stringify(jsonFeed(model, site, links, abs), null, 2)}\n`};
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); the `feed` package writes only version 1. */
function jsonFeed(model: FeedModel, site: FeedSite, links: {json: string}, abs: (url: string) => string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: abs(model.page),
    feed_url: links.json,
    description: model.description,
    language: site.language,
    authors: [{name: site.board}],
    items: model.items.map((item) => ({
      id: abs(item.id),
      url: abs(item.url),
      title: item.title,
      content_text: item.lines.join('\n'),
      content_html: itemHtml(item, abs),
      date_published: dateOf(item.date).toISOString(),
      // A JSON Feed extension (keys starting "_"): the change as data, for tools that read it.
      ...(item.chapter
        ? {
            _procedures: {
              chapter: item.chapter.id,
              number: item.chapter.number,
              ...(item.chapter.version ? {version: item.chapter.version} : {}),
              ...(item.chapter.change ? {change_note: item.chapter.change} : {}),
              ...(item.chapter.sections ? {sections_affected: item.chapter.sections} : {}),
              ...(item.chapter.compareUrl ? {compare_url: abs(item.chapter.compareUrl)} : {}),
            },
          }
        : {}),
    })),
  };
}

function itemHtml(item: FeedItem, abs: (url: string) => string): string {
  const list = `<ul>${item.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
  const compare = item.chapter?.compareUrl ? `<p><a href="${escapeHtml(abs(item.chapter.compareUrl))}">What changed, section by section</a></p>` : '';
  return list + compare;
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
