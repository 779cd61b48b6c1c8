import type {ChapterVersion} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {chapterUrls, versionUrl} from '../pages/urls';
import type {DocText, IndexedDoc} from './manifest';

/** A chapter version to index, with the text of its sections. */
export type DocSource = Omit<IndexedDoc, 'first' | 'sections'> & DocText;

/**
 * What the search indexes: every current chapter, and every released
 * version no longer in force (including those of withdrawn chapters),
 * labelled with its period in force. `versions` is every chapter's versions
 * (see allChapterVersions).
 */
export function searchSources(manual: Manual, history: History | undefined, versions: ReadonlyMap<string, ChapterVersion[]>, base: string): DocSource[] {
  const sources: DocSource[] = [];
  for (const [id, ofChapter] of versions) {
    const current = manual.byId.get(id);
    const urls = chapterUrls(base, id);
    ofChapter.forEach((v, i) => {
      const isCurrent = current !== undefined && i === ofChapter.length - 1;
      // The frontmatter of the text as indexed: the chapter now, or the version as released.
      const frontmatter = isCurrent ? current : history?.versions.get(id)?.find((r) => r.version === v.version);
      if (!frontmatter) return;
      sources.push({
        id,
        number: v.number,
        title: v.title,
        part: frontmatter.part,
        audience: frontmatter.audience,
        keywords: frontmatter.keywords,
        version: v.version,
        effective: v.effective,
        ...(v.until ? {until: v.until} : {}),
        current: isCurrent,
        url: isCurrent ? urls.current : versionUrl(urls, v),
        sections: v.sections.map(({heading, anchor, text}) => ({heading, anchor, text})),
      });
    });
  }
  return sources;
}
