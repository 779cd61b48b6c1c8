import {compareChapterNumbers} from './chapter-number';
import {dateWarnings} from './date-rules';
import type {Chapter, Manual} from './model';
import type {ParsedChapter} from './parse-chapter';
import {problem, type Position, type Problem} from './problems';
import {resolveLink} from './resolve-link';
import type {ManualConfig} from './schema';
import {closest} from './suggest';

export interface BuildOptions {
  /** The day the manual is checked (YYYY-MM-DD): turns on review and prospective-date warnings. */
  today?: string;
  /** Where chapters are served: `procedures` for /procedures/<id>. */
  routeBasePath?: string;
  /** What the manual's history knows of ids, for version links and better hints. */
  history?: {
    /** Released version numbers of an id, current or withdrawn. */
    versionsOf: (id: string) => number[];
    /** Ids no longer in the manual, each with what became of it. */
    formerIds: ReadonlyMap<string, string>;
  };
}

type At = (path: readonly PropertyKey[]) => Position;

/**
 * Joins parsed chapters into a manual: orders them, resolves `related` and
 * inline links, computes backlinks, and reports every cross-reference that
 * does not resolve. Two passes, as remark-validate-links does: collect
 * targets first, then check references.
 */
export function buildManual(config: ManualConfig, parsed: readonly ParsedChapter[], options: BuildOptions = {}): Manual {
  const problems: Problem[] = parsed.flatMap((p) => p.problems);
  const positionOf = new Map(parsed.map((p) => [p.file, p.positionOf]));
  // References to a chapter whose own problems are already reported (invalid
  // frontmatter, a shared id) are not reported again from every referrer.
  const reported = new Set<string>();
  for (const p of parsed) {
    if (p.frontmatter) continue;
    reported.add(p.file);
    if (p.declaredId) reported.add(p.declaredId);
  }

  const chapters = collectChapters(parsed, problems, reported);
  const byId = new Map(chapters.map((c) => [c.id, c]));
  // Every file with valid frontmatter, duplicates included, so links to either resolve.
  const idByFile = new Map(parsed.flatMap((p) => (p.frontmatter ? [[p.file, p.frontmatter.id] as const] : [])));
  const ids = new Set(byId.keys());
  const describe = (id: string) => {
    const c = byId.get(id);
    return c ? `\`${id}\` (${c.number} ${c.title})` : `\`${id}\``;
  };
  const suggestId = (wrong: string) => {
    const former = options.history?.formerIds.get(wrong);
    if (former) return former;
    const guess = closest(wrong, ids) ?? closestByTitle(wrong, chapters);
    return guess ? `Did you mean ${describe(guess)}?` : 'No chapter has this id: remove the reference, or point it at the chapter that replaced it.';
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
    if (options.today) problems.push(...dateWarnings(chapter, options.today, at));
    problems.push(...checkVocabulary(chapter, at, partIds, audienceIds));
    chapter.related.forEach((id, i) => {
      if (id === chapter.id) {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_SELF', 'a chapter cannot be related to itself', `Remove \`${id}\` from related.`));
      } else if (byId.has(id)) {
        refer(chapter.id, id);
      } else if (!reported.has(id)) {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_NOT_FOUND', `related chapter \`${id}\` does not exist`, suggestId(id)));
      }
    });
    for (const link of chapter.links) {
      const target = resolveLink(link.url, {fromFile: chapter.file, idByFile, ids, routeBasePath: options.routeBasePath ?? 'procedures'});
      if (target.kind === 'other') continue;
      if (target.kind === 'chapter' && target.version !== undefined) {
        const known = new Set([...(options.history?.versionsOf(target.target) ?? []), ...(target.id ? [byId.get(target.id)!.version] : [])]);
        if (!known.has(target.version)) {
          problems.push(
            problem(
              chapter.file,
              link,
              'LINK_VERSION_NOT_FOUND',
              `link to version ${target.version} of \`${target.target}\`: no such version`,
              known.size > 0 ? `Its versions: ${[...known].sort((a, b) => a - b).join(', ')}.` : suggestId(target.target),
            ),
          );
        }
        continue;
      }
      if (target.kind === 'chapter' && !target.id) {
        if (reported.has(target.target)) continue;
        const wrong = target.target.split('/').at(-1)!.replace(/\.md$/, '');
        problems.push(problem(chapter.file, link, 'LINK_CHAPTER_NOT_FOUND', `link to \`${target.written}\`: no such chapter`, suggestId(wrong)));
        continue;
      }
      const targetChapter = target.kind === 'chapter' ? byId.get(target.id!)! : chapter;
      if (targetChapter.id !== chapter.id) {
        refer(chapter.id, targetChapter.id);
        if (!chapter.linksTo.includes(targetChapter.id)) chapter.linksTo.push(targetChapter.id);
      }
      if (target.anchor && !targetChapter.anchors.includes(target.anchor) && !reported.has(targetChapter.id)) {
        const guess = closest(target.anchor, targetChapter.anchors);
        problems.push(
          problem(
            chapter.file,
            link,
            'LINK_ANCHOR_NOT_FOUND',
            `link to \`#${target.anchor}\`: ${targetChapter.number} ${targetChapter.title} has no such section`,
            guess ? `Did you mean \`#${guess}\`?` : `Its sections: ${targetChapter.anchors.map((a) => `#${a}`).join(', ')}.`,
          ),
        );
      }
    }
  }

  const order = new Map(chapters.map((c, i) => [c.id, i]));
  const referencedBy = new Map(chapters.map((c) => [c.id, [...(referrers.get(c.id) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!)]));
  const parts = config.parts.map((part) => ({part, chapters: chapters.filter((c) => c.part === part.id)}));
  const noPosition: At = () => ({line: 1, col: 1});
  return {config, chapters, byId, referencedBy, parts, problems, positionOf: (file) => positionOf.get(file) ?? noPosition};
}

/**
 * Valid chapters ordered by number. An id or number held by more than one
 * file is reported at each of them; the first file keeps the id, so links
 * still resolve while the editor decides which one to change.
 */
function collectChapters(parsed: readonly ParsedChapter[], problems: Problem[], reported: Set<string>): Chapter[] {
  const valid = parsed.flatMap((p) => (p.frontmatter ? [{p, fm: p.frontmatter}] : []));
  const holders = (key: (fm: (typeof valid)[number]['fm']) => string) => {
    const map = new Map<string, (typeof valid)[number][]>();
    for (const v of valid) map.set(key(v.fm), [...(map.get(key(v.fm)) ?? []), v]);
    return map;
  };
  for (const [id, same] of holders((fm) => fm.id)) {
    if (same.length < 2) continue;
    reported.add(id);
    for (const {p} of same) {
      const others = same
        .filter((o) => o.p !== p)
        .map((o) => o.p.file)
        .join(', ');
      problems.push(
        problem(
          p.file,
          p.positionOf(['id']),
          'ID_DUPLICATE',
          `id \`${id}\` is also used by ${others}`,
          'Ids are permanent and unique: keep the id on the chapter readers know by it, and give the other a new one.',
        ),
      );
    }
  }
  for (const [number, same] of holders((fm) => fm.number)) {
    if (same.length < 2) continue;
    for (const {p} of same) {
      const others = same
        .filter((o) => o.p !== p)
        .map((o) => `${o.p.file} (${o.fm.title})`)
        .join(', ');
      problems.push(
        problem(p.file, p.positionOf(['number']), 'NUMBER_DUPLICATE', `chapter number ${number} is also used by ${others}`, 'Give one of them a free number.'),
      );
    }
  }
  const seen = new Set<string>();
  const chapters: Chapter[] = [];
  for (const {p, fm} of valid) {
    if (seen.has(fm.id)) continue;
    seen.add(fm.id);
    chapters.push({...fm, file: p.file, text: p.text, sections: p.sections, anchors: p.anchors, links: p.links, linksTo: []});
  }
  return chapters.sort((a, b) => compareChapterNumbers(a.number, b.number) || a.id.localeCompare(b.id));
}

function checkVocabulary(chapter: Chapter, at: At, partIds: string[], audienceIds: string[]): Problem[] {
  const problems: Problem[] = [];
  if (!partIds.includes(chapter.part)) {
    const guess = closest(chapter.part, partIds);
    problems.push(
      problem(
        chapter.file,
        at(['part']),
        'PART_UNKNOWN',
        `part \`${chapter.part}\` is not a part of the manual`,
        guess ? `Did you mean \`${guess}\`?` : `Parts: ${partIds.join(', ')} (docs/manual.yml).`,
      ),
    );
  }
  chapter.audience.forEach((audience, i) => {
    if (audienceIds.includes(audience)) return;
    const guess = closest(audience, audienceIds);
    problems.push(
      problem(
        chapter.file,
        at(['audience', i]),
        'AUDIENCE_UNKNOWN',
        `audience \`${audience}\` is not one of the manual's audiences`,
        guess ? `Did you mean \`${guess}\`?` : `Audiences: ${audienceIds.join(', ')} (docs/manual.yml).`,
      ),
    );
  });
  return problems;
}

/** An editor may type part of a title ("allegations") where an id belongs. */
function closestByTitle(wrong: string, chapters: readonly Chapter[]): string | undefined {
  const words = wrong
    .toLowerCase()
    .split('-')
    .filter((w) => w.length > 3);
  if (words.length === 0) return undefined;
  const match = chapters.find((c) => words.every((w) => c.title.toLowerCase().includes(w)));
  return match?.id;
}
