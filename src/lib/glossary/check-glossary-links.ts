import type {Chapter} from '../model';
import {problem, type Problem} from '../problems';
import {decodeOrKeep} from '../resolve-link';
import {closest} from '../suggest';
import {GLOSSARY_PATH, type Glossary} from './glossary';

/**
 * Links from chapters to the glossary (`/glossary#lado`) name an entry that
 * exists. Without a glossary, any such link is a problem: the page is not built.
 */
export function checkGlossaryLinks(chapters: readonly Chapter[], glossary: Glossary | undefined, glossaryFile: string): Problem[] {
  const ids = new Set(glossary?.entries.map((e) => e.id));
  const problems: Problem[] = [];
  for (const chapter of chapters) {
    for (const link of chapter.links) {
      const hash = link.url.indexOf('#');
      const path = hash === -1 ? link.url : link.url.slice(0, hash);
      if (path !== GLOSSARY_PATH && path !== `${GLOSSARY_PATH}/`) continue;
      if (!glossary) {
        problems.push(
          problem(chapter.file, link, 'GLOSSARY_TERM_NOT_FOUND', `link to the glossary, but the manual has none`, `Create ${glossaryFile} (see the README).`),
        );
        continue;
      }
      const anchor = hash === -1 ? '' : decodeOrKeep(link.url.slice(hash + 1));
      if (anchor === '' || ids.has(anchor)) continue;
      const guess = closest(anchor, ids);
      problems.push(
        problem(
          chapter.file,
          link,
          'GLOSSARY_TERM_NOT_FOUND',
          `link to \`${GLOSSARY_PATH}#${anchor}\`: the glossary has no such term`,
          guess ? `Did you mean \`${GLOSSARY_PATH}#${guess}\`?` : `Add it to ${glossaryFile}, or link to a term it has.`,
        ),
      );
    }
  }
  return problems;
}
