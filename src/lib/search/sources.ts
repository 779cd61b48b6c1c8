import {chapterVersions} from '../history/chapter-versions';
import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {summariseVersions} from '../pages/chapter-history';
import {chapterUrls} from '../pages/urls';
import type {DocText, IndexedDoc} from './manifest';

/** A chapter version to index, with the text of its sections. */
export type DocSource = Omit<IndexedDoc, 'first' | 'sections'> & DocText;

/**
 * What the search indexes: every current chapter, and every released
 * version no longer in force (including those of withdrawn chapters),
 * labelled with its period in force.
 */
export function searchSources(manual: Manual, history: History | undefined, base: string, hashOf: (text: string) => string): DocSource[] {
  const sources: DocSource[] = [];
  const ids = new Set([...manual.byId.keys(), ...(history?.versions.keys() ?? [])]);
  for (const id of ids) {
    const current = manual.byId.get(id);
    const versions = chapterVersions(manual, history, id, hashOf);
    const summaries = summariseVersions(base, id, versions);
    versions.forEach((v, i) => {
      const isCurrent = current !== undefined && i === versions.length - 1;
      // The frontmatter of the text as indexed: the chapter now, or the version as released.
      const frontmatter = isCurrent ? current : history?.versions.get(id)?.find((r) => r.version === v.version);
      if (!frontmatter) return;
      const summary = summaries[i]!;
      sources.push({
        id,
        number: v.number,
        title: v.title,
        part: frontmatter.part,
        audience: frontmatter.audience,
        keywords: frontmatter.keywords,
        version: v.version,
        effective: v.effective,
        ...(summary.until ? {until: summary.until} : {}),
        current: isCurrent,
        url: isCurrent ? chapterUrls(base, id).current : summary.url,
        sections: v.sections.map(({heading, anchor, text}) => ({heading, anchor, text})),
      });
    });
  }
  return sources;
}
