import {positionFinder} from '../read-yaml';
import type {Chapter} from '../model';
import type {ParsedChapter} from '../parse-chapter';
import {problem, type Problem} from '../problems';
import {resolveLink} from '../resolve-link';
import {closest} from '../suggest';

/** What the manual's history knows of ids, for version links and better hints. */
export interface KnownHistory {
  /** Released version numbers of an id, current or withdrawn. */
  versionsOf: (id: string) => number[];
  /** Ids no longer in the manual, each with what became of it. */
  formerIds: ReadonlyMap<string, string>;
}

export interface ReferenceContext {
  parsed: readonly ParsedChapter[];
  chapters: readonly Chapter[];
  /** Files and ids whose problems are reported already (see collectChapters). */
  reported: ReadonlySet<string>;
  routeBasePath: string;
  history?: KnownHistory;
}

export interface ResolvedReferences {
  problems: Problem[];
  /** Id → ids of the chapters that list it in `related` or link to it, in chapter order. */
  referencedBy: Map<string, string[]>;
  /** Id → ids of the chapters it links to inline, in the order first linked. */
  linksTo: Map<string, string[]>;
}

/**
 * Pass 2: every `related` id and inline link resolved against the targets
 * the manual offers (its chapters, their anchors, released versions); a
 * reference that does not resolve is a problem with the closest match.
 */
export function resolveReferences({parsed, chapters, reported, routeBasePath, history}: ReferenceContext): ResolvedReferences {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  // Every file with valid frontmatter, duplicates included, so links to either resolve.
  const idByFile = new Map(parsed.flatMap((p) => (p.frontmatter ? [[p.file, p.frontmatter.id] as const] : [])));
  const ids = new Set(byId.keys());
  const suggestId = idSuggester(chapters, history);
  const problems: Problem[] = [];
  const referrers = new Map<string, Set<string>>();
  const linksTo = new Map<string, string[]>();
  const refer = (from: string, to: string) => referrers.set(to, (referrers.get(to) ?? new Set()).add(from));

  for (const chapter of chapters) {
    const at = positionFinder(chapter.positions);
    const outgoing: string[] = [];
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
      const target = resolveLink(link.url, {fromFile: chapter.file, idByFile, ids, routeBasePath});
      if (target.kind === 'other') continue;
      if (target.kind === 'chapter' && target.version !== undefined) {
        const known = new Set([...(history?.versionsOf(target.target) ?? []), ...(target.id ? [byId.get(target.id)!.version] : [])]);
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
      const linked = target.kind === 'chapter' ? byId.get(target.id!)! : chapter;
      if (linked.id !== chapter.id) {
        refer(chapter.id, linked.id);
        if (!outgoing.includes(linked.id)) outgoing.push(linked.id);
      }
      if (target.anchor && !linked.anchors.includes(target.anchor) && !reported.has(linked.id)) {
        const guess = closest(target.anchor, linked.anchors);
        problems.push(
          problem(
            chapter.file,
            link,
            'LINK_ANCHOR_NOT_FOUND',
            `link to \`#${target.anchor}\`: ${linked.number} ${linked.title} has no such section`,
            guess ? `Did you mean \`#${guess}\`?` : `Its sections: ${linked.anchors.map((a) => `#${a}`).join(', ')}.`,
          ),
        );
      }
    }
    linksTo.set(chapter.id, outgoing);
  }

  const order = new Map(chapters.map((c, i) => [c.id, i]));
  const referencedBy = new Map(chapters.map((c) => [c.id, [...(referrers.get(c.id) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!)]));
  return {problems, referencedBy, linksTo};
}

/** The hint for an id that names no chapter: what became of it, or the closest id or title. */
function idSuggester(chapters: readonly Chapter[], history: KnownHistory | undefined): (wrong: string) => string {
  const byId = new Map(chapters.map((c) => [c.id, c]));
  const describe = (id: string) => {
    const c = byId.get(id);
    return c ? `\`${id}\` (${c.number} ${c.title})` : `\`${id}\``;
  };
  return (wrong) => {
    const former = history?.formerIds.get(wrong);
    if (former) return former;
    const guess = closest(wrong, byId.keys()) ?? closestByTitle(wrong, chapters);
    return guess ? `Did you mean ${describe(guess)}?` : 'No chapter has this id: remove the reference, or point it at the chapter that replaced it.';
  };
}

/** An editor may type part of a title ("allegations") where an id belongs. */
function closestByTitle(wrong: string, chapters: readonly Chapter[]): string | undefined {
  const words = wrong
    .toLowerCase()
    .split('-')
    .filter((w) => w.length > 3);
  if (words.length === 0) return undefined;
  return chapters.find((c) => words.every((w) => c.title.toLowerCase().includes(w)))?.id;
}
