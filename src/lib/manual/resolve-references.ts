import {positionFinder} from '../read-yaml';
import type {Chapter} from '../model';
import type {ChapterFile} from './collect-chapters';
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
  /** Every chapter file, valid or not, and the valid chapters in order (see collectChapters). */
  files: readonly ChapterFile[];
  chapters: readonly Chapter[];
  /** Files whose id cannot be read, with the id they seem to give. */
  unreadable: ReadonlyMap<string, string | undefined>;
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
 * Pass 2: every `related` id and inline link, in every chapter file whose
 * fields allow it, resolved against the targets the manual offers (the
 * chapters, their anchors, released versions); a reference that does not
 * resolve is a problem with the closest match. A chapter with invalid
 * frontmatter is still a target if its id is readable: its own problems are
 * reported at it, not at every referrer.
 */
export function resolveReferences({files, chapters, unreadable, routeBasePath, history}: ReferenceContext): ResolvedReferences {
  const targets = new Map<string, ChapterFile>();
  // Valid chapters first: of two files with one id, the valid one is the target.
  for (const f of [...files].sort((a, b) => Number(!a.chapter) - Number(!b.chapter))) if (f.id && !targets.has(f.id)) targets.set(f.id, f);
  const idByFile = new Map(files.flatMap((f) => (f.id ? [[f.file, f.id] as const] : [])));
  const byFile = new Map(files.map((f) => [f.file, f]));
  const ids = new Set(targets.keys());
  const suggest = suggester(files, targets, history);
  const cannotRead = (wanted: string): string | undefined => {
    for (const [file, declared] of unreadable) {
      if (file === wanted || declared === wanted || file.endsWith(`/${wanted}.md`) || file === `${wanted}.md`) return file;
    }
    return undefined;
  };
  const broken = (what: string) => `${what}: that chapter's frontmatter cannot be read, so it cannot be linked to yet`;
  const problems: Problem[] = [];
  const referrers = new Map<string, Set<string>>();
  const linksTo = new Map<string, string[]>();
  const refer = (from: ChapterFile, to: ChapterFile) => {
    if (from.chapter && to.chapter) referrers.set(to.chapter.id, (referrers.get(to.chapter.id) ?? new Set()).add(from.chapter.id));
  };

  for (const chapter of files) {
    const at = positionFinder(chapter.positions);
    const outgoing: string[] = [];
    (chapter.related ?? []).forEach((id, i) => {
      const target = targets.get(id);
      const unreadableFile = target ? undefined : cannotRead(id);
      if (id === chapter.id) {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_SELF', 'a chapter cannot be related to itself', `Remove \`${id}\` from related.`));
      } else if (target) {
        refer(chapter, target);
      } else if (unreadableFile) {
        problems.push(
          problem(
            chapter.file,
            at(['related', i]),
            'RELATED_NOT_FOUND',
            broken(`related chapter \`${id}\``),
            `Fix the problems reported at ${unreadableFile} first.`,
          ),
        );
      } else {
        problems.push(problem(chapter.file, at(['related', i]), 'RELATED_NOT_FOUND', `related chapter \`${id}\` does not exist`, suggest.id(id)));
      }
    });
    for (const link of chapter.links) {
      const target = resolveLink(link.url, {fromFile: chapter.file, idByFile, ids, routeBasePath});
      if (target.kind === 'other') continue;
      if (target.kind === 'chapter' && target.version !== undefined) {
        const current = target.id ? targets.get(target.id)?.version : undefined;
        const known = new Set([...(history?.versionsOf(target.target) ?? []), ...(current !== undefined ? [current] : [])]);
        if (!known.has(target.version)) {
          problems.push(
            problem(
              chapter.file,
              link,
              'LINK_VERSION_NOT_FOUND',
              `link to version ${target.version} of \`${target.target}\`: no such version`,
              known.size > 0 ? `Its versions: ${[...known].sort((a, b) => a - b).join(', ')}.` : suggest.id(target.target),
            ),
          );
        }
        continue;
      }
      if (target.kind === 'chapter' && !target.id) {
        const unreadableFile = cannotRead(target.target);
        if (unreadableFile) {
          problems.push(
            problem(
              chapter.file,
              link,
              'LINK_CHAPTER_NOT_FOUND',
              broken(`link to \`${target.written}\``),
              `Fix the problems reported at ${unreadableFile} first.`,
            ),
          );
        } else {
          const hint = target.target.endsWith('.md') ? suggest.file(chapter.file, target.target) : suggest.id(target.target.split('/').at(-1)!);
          problems.push(problem(chapter.file, link, 'LINK_CHAPTER_NOT_FOUND', `link to \`${target.written}\`: no such chapter`, hint));
        }
        continue;
      }
      // A link to a file leads to that file, even when another file shares its id.
      const linked = target.kind === 'chapter' ? (byFile.get(target.target) ?? targets.get(target.id!)!) : chapter;
      if (linked !== chapter && linked.id !== chapter.id) {
        refer(chapter, linked);
        if (linked.id && !outgoing.includes(linked.id)) outgoing.push(linked.id);
      }
      if (target.anchor && !linked.anchors.includes(target.anchor)) {
        const guess = closest(target.anchor, linked.anchors);
        problems.push(
          problem(
            chapter.file,
            link,
            'LINK_ANCHOR_NOT_FOUND',
            `link to \`#${target.anchor}\`: ${describeChapter(linked)} has no such section`,
            guess ? `Did you mean \`#${guess}\`?` : `Its sections: ${linked.anchors.map((a) => `#${a}`).join(', ')}.`,
          ),
        );
      }
    }
    if (chapter.chapter) linksTo.set(chapter.chapter.id, outgoing);
  }

  const order = new Map(chapters.map((c, i) => [c.id, i]));
  const referencedBy = new Map(chapters.map((c) => [c.id, [...(referrers.get(c.id) ?? [])].sort((a, b) => order.get(a)! - order.get(b)!)]));
  return {problems, referencedBy, linksTo};
}

/** "4.4 Child Abuse and …", or the file when the number or title cannot be read. */
function describeChapter(f: ChapterFile): string {
  return f.number && f.title ? `${f.number} ${f.title}` : f.file;
}

/** Hints for a reference that names no chapter: what became of it, or the closest id, title or file. */
function suggester(files: readonly ChapterFile[], targets: ReadonlyMap<string, ChapterFile>, history: KnownHistory | undefined) {
  const describe = (f: ChapterFile) => (f.number && f.title ? ` (${f.number} ${f.title})` : '');
  return {
    id(wrong: string): string {
      const former = history?.formerIds.get(wrong);
      if (former) return former;
      const guess = closest(wrong, targets.keys()) ?? closestByTitle(wrong, [...targets.values()]);
      return guess
        ? `Did you mean \`${guess}\`${describe(targets.get(guess)!)}?`
        : 'No chapter has this id: remove the reference, or point it at the chapter that replaced it.';
    },
    /** For a link by file: the closest chapter file, written as the link would reach it. */
    file(fromFile: string, wrong: string): string {
      const byPath = new Map(files.map((f) => [relativePath(fromFile, f.file), f]));
      const guess = closest(relativePath(fromFile, wrong), byPath.keys());
      if (guess) return `Did you mean \`${guess}\`${describe(byPath.get(guess)!)}?`;
      const id = wrong.split('/').at(-1)!.replace(/\.md$/, '');
      return this.id(id);
    },
  };
}

/** `to` as a link written in `from` reaches it: `referrals.md` beside it, `../docs/referrals.md` elsewhere. */
function relativePath(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** An editor may type part of a title ("allegations") where an id belongs. */
function closestByTitle(wrong: string, files: readonly ChapterFile[]): string | undefined {
  const words = wrong
    .toLowerCase()
    .split('-')
    .filter((w) => w.length > 3);
  if (words.length === 0) return undefined;
  return files.find((f) => f.title && words.every((w) => f.title!.toLowerCase().includes(w)))?.id;
}
