import {compareChapterNumbers} from './chapter-number';
import type {Chapter, Manual} from './model';
import type {ParsedChapter} from './parse-chapter';
import {problem, type Problem} from './problems';
import {resolveLink} from './resolve-link';
import type {ManualConfig} from './schema';
import {closest} from './suggest';

/**
 * Joins parsed chapters into a manual: orders them, resolves `related` and
 * inline links, computes backlinks, and reports every cross-reference that
 * does not resolve. Two passes, as remark-validate-links does: collect
 * targets first, then check references.
 */
export function buildManual(config: ManualConfig, parsed: readonly ParsedChapter[]): Manual {
  const problems: Problem[] = parsed.flatMap((p) => p.problems);
  const valid = parsed.filter((p): p is ParsedChapter & {frontmatter: NonNullable<ParsedChapter['frontmatter']>} => !!p.frontmatter);

  const byId = new Map<string, Chapter>();
  const byNumber = new Map<string, Chapter>();
  const chapters: Chapter[] = [];
  for (const p of valid) {
    const chapter: Chapter = {...p.frontmatter, file: p.file, sections: p.sections, anchors: p.anchors, links: p.links, linksTo: []};
    const sameId = byId.get(chapter.id);
    if (sameId) {
      problems.push(problem(p.file, p.positionOf(['id']), 'ID_DUPLICATE', `id \`${chapter.id}\` is already used by ${sameId.file}`,
        'Ids are permanent and unique: choose a new id for this chapter.'));
      continue;
    }
    const sameNumber = byNumber.get(chapter.number);
    if (sameNumber) {
      problems.push(problem(p.file, p.positionOf(['number']), 'NUMBER_DUPLICATE',
        `chapter number ${chapter.number} is already used by ${sameNumber.file} (${sameNumber.title})`, 'Give this chapter a free number.'));
    }
    byId.set(chapter.id, chapter);
    byNumber.set(chapter.number, chapter);
    chapters.push(chapter);
  }
  chapters.sort((a, b) => compareChapterNumbers(a.number, b.number) || a.id.localeCompare(b.id));

  const positionOf = new Map(valid.map((p) => [p.file, p.positionOf]));
  const idByFile = new Map(chapters.map((c) => [c.file, c.id]));
  const ids = new Set(byId.keys());
  const describe = (id: string) => {
    const c = byId.get(id);
    return c ? `\`${id}\` (${c.number} ${c.title})` : `\`${id}\``;
  };
  const suggestId = (wrong: string) => {
    const guess = closest(wrong, ids) ?? closestByTitle(wrong, chapters);
    return guess ? `Did you mean ${describe(guess)}?` : 'Run `npm run check` for the list of chapter ids, or see the manual contents.';
  };

  const referrers = new Map<string, Set<string>>();
  const refer = (from: string, to: string) => {
    if (!referrers.has(to)) referrers.set(to, new Set());
    referrers.get(to)!.add(from);
  };

  const partIds = config.parts.map((p) => p.id);
  const audienceIds = config.audiences.map((a) => a.id);
  for (const chapter of chapters) {
    const at = positionOf.get(chapter.file)!;
    if (!partIds.includes(chapter.part)) {
      const guess = closest(chapter.part, partIds);
      problems.push(problem(chapter.file, at(['part']), 'PART_UNKNOWN', `part \`${chapter.part}\` is not a part of the manual`,
        guess ? `Did you mean \`${guess}\`?` : `Parts: ${partIds.join(', ')} (docs/manual.yml).`));
    }
    chapter.audience.forEach((audience, i) => {
      if (audienceIds.includes(audience)) return;
      const guess = closest(audience, audienceIds);
      problems.push(problem(chapter.file, at(['audience', i]), 'AUDIENCE_UNKNOWN', `audience \`${audience}\` is not one of the manual's audiences`,
        guess ? `Did you mean \`${guess}\`?` : `Audiences: ${audienceIds.join(', ')} (docs/manual.yml).`));
    });
    chapter.related.forEach((id, i) => {
      if (id === chapter.id) {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_SELF', 'a chapter cannot be related to itself', `Remove \`${id}\` from related.`));
      } else if (!byId.has(id)) {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_NOT_FOUND', `related chapter \`${id}\` does not exist`, suggestId(id)));
      } else refer(chapter.id, id);
    });
    for (const link of chapter.links) {
      const target = resolveLink(link.url, chapter.file, idByFile, ids);
      if (target.kind === 'other') continue;
      if (target.kind === 'chapter' && !target.id) {
        const wrong = target.written.replace(/^.*\//, '').replace(/\.md$/, '');
        problems.push(problem(chapter.file, link, 'LINK_CHAPTER_NOT_FOUND', `link to \`${target.written}\`: no such chapter`, suggestId(wrong)));
        continue;
      }
      const targetChapter = target.kind === 'chapter' ? byId.get(target.id!)! : chapter;
      if (target.kind === 'chapter' && targetChapter.id !== chapter.id) {
        refer(chapter.id, targetChapter.id);
        if (!chapter.linksTo.includes(targetChapter.id)) chapter.linksTo.push(targetChapter.id);
      }
      if (target.anchor && !targetChapter.anchors.includes(target.anchor)) {
        const guess = closest(target.anchor, targetChapter.anchors);
        problems.push(problem(chapter.file, link, 'LINK_ANCHOR_NOT_FOUND',
          `link to \`#${target.anchor}\`: ${targetChapter.number} ${targetChapter.title} has no such section`,
          guess ? `Did you mean \`#${guess}\`?` : `Its sections: ${targetChapter.anchors.map((a) => `#${a}`).join(', ')}.`));
      }
    }
  }

  const order = new Map(chapters.map((c, i) => [c.id, i]));
  const referencedBy = new Map(
    chapters.map((c) => [c.id, [...(referrers.get(c.id) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!)]),
  );
  const parts = config.parts.map((part) => ({part, chapters: chapters.filter((c) => c.part === part.id)}));
  return {config, chapters, byId, referencedBy, parts, problems};
}

/** An editor may type part of a title ("allegations") where an id belongs. */
function closestByTitle(wrong: string, chapters: readonly Chapter[]): string | undefined {
  const words = wrong.toLowerCase().split('-').filter((w) => w.length > 3);
  if (words.length === 0) return undefined;
  const match = chapters.find((c) => words.every((w) => c.title.toLowerCase().includes(w)));
  return match?.id;
}
