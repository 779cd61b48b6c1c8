import {checkChapters} from './manual/check-chapters';
import {collectChapters} from './manual/collect-chapters';
import {resolveReferences, type KnownHistory} from './manual/resolve-references';
import type {Manual} from './model';
import type {ParsedChapter} from './parse-chapter';
import type {ManualConfig} from './schema';

export interface BuildOptions {
  /** The day the manual is checked (YYYY-MM-DD): turns on review and prospective-date warnings. */
  today?: string;
  /** Where chapters are served: `procedures` for /procedures/<id> (see options.ts). */
  routeBasePath: string;
  history?: KnownHistory;
}

/**
 * Joins parsed chapters into a manual, in passes as remark-validate-links
 * does: collect the chapters (the link targets), resolve every reference
 * against them, then check each chapter against the manual's settings.
 */
export function buildManual(config: ManualConfig, parsed: readonly ParsedChapter[], {today, routeBasePath, history}: BuildOptions): Manual {
  const collected = collectChapters(parsed);
  const references = resolveReferences({...collected, routeBasePath, ...(history ? {history} : {})});
  const chapters = collected.chapters.map((c) => ({...c, linksTo: references.linksTo.get(c.id) ?? []}));
  return {
    config,
    chapters,
    byId: new Map(chapters.map((c) => [c.id, c])),
    referencedBy: references.referencedBy,
    parts: config.parts.map((part) => ({part, chapters: chapters.filter((c) => c.part === part.id)})),
    problems: [...parsed.flatMap((p) => p.problems), ...collected.problems, ...references.problems, ...checkChapters(collected.files, config, today)],
  };
}
