import type {ChapterData} from './manual-data';

/**
 * JSON for a `<script type="application/ld+json">` element, with `<` escaped:
 * the element's text runs to the first `</script`, so a title containing it
 * would otherwise end the element and let what follows run. `\u003c` is the
 * same JSON to any reader of it.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * A chapter page as schema.org describes a document: a CreativeWork with its
 * version and the day it came into force, part of the manual, published by
 * the board; with the chapter version as data, where the site publishes it.
 */
export function chapterCreativeWork(
  chapter: ChapterData,
  {manualTitle, board, pageUrl, dataUrl}: {manualTitle: string; board: string; pageUrl: string; dataUrl?: string},
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: `${chapter.number} ${chapter.title}`,
    url: pageUrl,
    inLanguage: 'en-GB',
    version: String(chapter.version),
    dateModified: chapter.effective,
    ...(chapter.change ? {description: `Updated: ${chapter.change}`} : {}),
    isPartOf: {'@type': 'CreativeWork', name: manualTitle},
    publisher: {'@type': 'Organization', name: board},
    ...(dataUrl ? {encoding: {'@type': 'MediaObject', contentUrl: dataUrl, encodingFormat: 'application/json'}} : {}),
  };
}
