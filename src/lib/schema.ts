import * as z from 'zod';
import {isRealIsoDate} from './dates';

/**
 * The one source of truth for a chapter's frontmatter. The README's
 * "Authoring a chapter" table describes these fields; a test keeps the two in
 * step.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHAPTER_NUMBER = /^\d+(?:\.\d+)*$/;

export const slug = (what: string) =>
  z.string({error: `${what} must be text`}).regex(SLUG, {error: `${what} must be lower-case words joined by hyphens, such as \`complex-abuse\``});

export const isoDate = (what: string) =>
  z.string({error: `${what} must be a date written YYYY-MM-DD`}).refine(isRealIsoDate, {error: `${what} must be a real date written YYYY-MM-DD`});

export const text = (what: string) =>
  z
    .string({error: `${what} must be text`})
    .trim()
    .min(1, {error: `${what} must not be empty`});

export const furtherReadingSchema = z.strictObject({
  /** What the reader will find there. */
  title: text('further_reading title'),
  /** An absolute http(s) address. */
  url: z.url({protocol: /^https?$/, error: 'further_reading url must be a full http:// or https:// address'}),
});

export const chapterFrontmatterSchema = z
  .strictObject({
    /** Stable identifier and URL slug. Never reused; survives renumbering. */
    id: slug('id'),
    /** Display number, such as "4.4"; orders the manual (4.2 before 4.10). */
    number: z
      .string({error: 'number must be a chapter number such as "4.4"'})
      .regex(CHAPTER_NUMBER, {error: 'number must be digits separated by dots, such as "4.4"'}),
    /** The chapter's title, without its number; plain text, so no `<` or `>`. */
    title: text('title').refine((t) => !/[<>]/.test(t), {error: 'title must be plain text, without < or >', params: {rule: 'TITLE_INVALID'}}),
    /** Id of the part of the manual the chapter belongs to (see docs/manual.yml). */
    part: slug('part'),
    /** Ids of related procedures, shown in the chapter's related-procedures panel. */
    related: z.array(slug('each related id'), {error: 'related must be a list of chapter ids'}).default([]),
    /** Version number of this text: 1 for a new chapter, raised at each change. */
    version: z.int({error: 'version must be a whole number such as 2'}).min(1, {error: 'version starts at 1'}),
    /** Date this version came (or comes) into force. */
    effective: isoDate('effective'),
    /** What changed in this version, in the board's words. Required from version 2. */
    change: text('change').optional(),
    /** Date the chapter is due for review. */
    review: isoDate('review'),
    /** The group responsible for keeping the chapter up to date. */
    owner: text('owner'),
    /** Ids of the audiences the chapter is written for (see docs/manual.yml). */
    audience: z
      .array(slug('each audience id'), {error: 'audience must be a list of audience ids'})
      .min(1, {error: 'audience must name at least one audience, such as [all]'}),
    /** Extra search terms practitioners may use. */
    // Docusaurus refuses an empty `keywords` list and would stop the site, so `check` refuses it first.
    keywords: z
      .array(text('each keyword'), {error: 'keywords must be a list of words or phrases'})
      .min(1, {error: 'keywords must list at least one word or phrase; leave the field out when there are none'})
      .default([]),
    /** Further reading outside the manual. */
    further_reading: z.array(furtherReadingSchema, {error: 'further_reading must be a list of {title, url}'}).default([]),
    /** Ids of withdrawn chapters this one replaces: their addresses lead here. */
    replaces: z.array(slug('each replaced id'), {error: 'replaces must be a list of chapter ids'}).default([]),
  })
  .superRefine((fm, ctx) => {
    if (fm.version >= 2 && !fm.change) {
      ctx.addIssue({
        code: 'custom',
        // Pointed at `version`: the field that calls for the note.
        path: ['version'],
        message: `version ${fm.version} needs a \`change\` note saying what changed`,
        params: {rule: 'CHANGE_MISSING'},
      });
    }
  });

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;
/** Frontmatter as an editor may write it: list fields are optional. */
export type ChapterFrontmatterInput = z.input<typeof chapterFrontmatterSchema>;
export type FurtherReading = z.infer<typeof furtherReadingSchema>;

/**
 * The fields of possibly invalid frontmatter that are valid on their own:
 * what the checks across chapters can still use when another field is wrong.
 */
export function readableFields(data: unknown): Partial<ChapterFrontmatter> {
  if (data === null || typeof data !== 'object') return {};
  const readable: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(chapterFrontmatterSchema.shape)) {
    const result = schema.safeParse((data as Record<string, unknown>)[field]);
    if (result.success && result.data !== undefined) readable[field] = result.data;
  }
  return readable as Partial<ChapterFrontmatter>;
}

/** Fields an editor may write, for "did you mean" on unknown keys. */
export const CHAPTER_FIELDS = Object.keys(chapterFrontmatterSchema.shape);
export const REQUIRED_CHAPTER_FIELDS = ['id', 'number', 'title', 'part', 'version', 'effective', 'review', 'owner', 'audience'];

const named = z.strictObject({id: slug('id'), title: text('title')});

export const manualConfigSchema = z
  .strictObject({
    /** The manual's name, shown in the navbar and on the home page. */
    title: text('title'),
    /** The board or partnership that publishes it. */
    board: text('board'),
    /** One paragraph for the home page. */
    description: text('description'),
    /** Parts in display order; a chapter's `part` names one. */
    parts: z.array(named.extend({number: z.int().min(1), description: text('description')})).min(1, {error: 'parts must list at least one part'}),
    /** Audiences a chapter may be addressed to. */
    audiences: z.array(named).min(1, {error: 'audiences must list at least one audience'}),
  })
  .superRefine((config, ctx) => {
    // A repeated id is reported here, once, rather than at every chapter that names it.
    for (const list of ['parts', 'audiences'] as const) {
      config[list].forEach((item, i) => {
        const first = config[list].findIndex((other) => other.id === item.id);
        if (first < i)
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'id'],
            message: `${list === 'parts' ? 'part' : 'audience'} id \`${item.id}\` is given twice (also item ${first + 1})`,
            params: {hint: `Give each ${list === 'parts' ? 'part' : 'audience'} its own id: chapters name theirs by it.`},
          });
      });
    }
  });

export type ManualConfig = z.infer<typeof manualConfigSchema>;
export type Part = ManualConfig['parts'][number];
export type Audience = ManualConfig['audiences'][number];
