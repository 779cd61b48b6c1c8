import type {ChapterVersion} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {chapterUrls, versionUrl} from '../pages/urls';
import {alphabetical} from '../glossary/glossary';
import {glossaryWords} from './glossary-words';
import type {DocText, IndexedDoc, SectionSource} from './manifest';

/** A chapter version (or the glossary) to index, with the text of its sections. */
export type DocSource = Omit<IndexedDoc, 'first' | 'sections'> & Omit<DocText, 'sections'> & {sections: SectionSource[]};

/**
 * What the search indexes: every current chapter, and every released
 * version no longer in force (including those of withdrawn chapters),
 * labelled with its period in force; and the glossary's terms. `versions` is
 * every chapter's versions (see allChapterVersions); `glossaryUrl`, the
 * glossary page's address.
 */
export function searchSources(
  manual: Manual,
  history: History | undefined,
  versions: ReadonlyMap<string, ChapterVersion[]>,
  base: string,
  glossaryUrl: string,
): DocSource[] {
  const sources: DocSource[] = [];
  const alsoFoundBy = glossaryWords(manual.glossary);
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
        sections: v.sections.map(({heading, anchor, text}) => {
          const also = alsoFoundBy(heading, text);
          return {heading, anchor, text, ...(also ? {also} : {})};
        }),
      });
    });
  }
  if (manual.glossary) {
    sources.push({
      id: 'glossary',
      number: '',
      title: 'Glossary',
      part: '',
      audience: ['all'],
      keywords: [],
      version: 1,
      effective: '',
      current: true,
      glossary: true,
      url: glossaryUrl,
      sections: alphabetical(manual.glossary.entries).map((e) => ({
        heading: e.acronyms.length > 0 ? `${e.term} (${e.acronyms.join(', ')})` : e.term,
        anchor: e.id,
        text: e.definition.trim(),
        ...(e.synonyms.length > 0 ? {also: e.synonyms.join('. ')} : {}),
      })),
    });
  }
  return sources;
}
