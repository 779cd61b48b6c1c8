import * as z from 'zod';
import type {DataKind} from './addresses';

/**
 * The manual as data: one zod schema for each kind of file, the source both
 * of the types the site writes and of the JSON Schemas published beside the
 * files for anyone who reads them.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const date = z.iso.date();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** An address on the site, from its root: `/data/manual.json`. */
const address = z.string().regex(/^\//);

const releaseRef = z.object({
  title: z.string().meta({description: 'How the board names the release, such as "February 2009".'}),
  date: date.meta({description: 'The day the release was published.'}),
  data: address.meta({description: "The release's data file."}),
});

export const manualIndexSchema = z
  .object({
    title: z.string(),
    board: z.string(),
    description: z.string(),
    parts: z.array(
      z.object({id, number: z.int(), title: z.string(), description: z.string(), chapters: z.array(id).meta({description: 'In chapter-number order.'})}),
    ),
    audiences: z.array(z.object({id, title: z.string()})),
    chapters: z
      .array(
        z.object({
          id,
          number: z.string(),
          title: z.string(),
          part: id,
          audience: z.array(id),
          url: address.meta({description: "The chapter's page."}),
          versions: z
            .array(
              z.object({
                version: z.int().min(1),
                effective: date,
                until: date.optional().meta({description: 'The last day in force; absent for the version in force now.'}),
                released: z.boolean().meta({description: 'False for the current text before its release.'}),
                data: address,
              }),
            )
            .meta({description: 'Oldest first.'}),
        }),
      )
      .meta({description: 'The chapters in force, in number order.'}),
    withdrawn: z.array(z.object({id, release: releaseRef, replaced_by: id.optional(), versions: z.array(address)})),
    releases: z
      .array(
        releaseRef.extend({
          sha256: sha256.meta({description: "SHA-256 of the release's record file, as the next record holds it."}),
          record: address.meta({description: 'The record file exactly as released.'}),
        }),
      )
      .meta({description: 'Oldest first: each record holds the hash of the one before it.'}),
  })
  .meta({title: 'A procedures manual', description: 'The index of a procedures manual and its releases.'});

export const chapterVersionSchema = z
  .object({
    id,
    number: z.string(),
    title: z.string(),
    part: id,
    related: z.array(id),
    version: z.int().min(1),
    effective: date.meta({description: 'The day this version came (or comes) into force.'}),
    until: date.optional().meta({description: 'The last day in force: the day before the next version; absent for the latest.'}),
    change: z.string().optional().meta({description: 'What changed, in the board’s words.'}),
    review: date,
    owner: z.string(),
    audience: z.array(id),
    keywords: z.array(z.string()),
    further_reading: z.array(z.object({title: z.string(), url: z.string()})),
    replaces: z.array(id),
    url: address.meta({description: "This version's page."}),
    release: releaseRef.optional().meta({description: 'The release that published it; absent for text not yet released.'}),
    sha256: sha256.optional().meta({description: 'SHA-256 of the released file, as its release record holds it.'}),
    source: address.optional().meta({description: 'The released Markdown file exactly as released.'}),
    sections: z.array(
      z.object({
        number: z.int().min(1),
        heading: z.string(),
        anchor: z.string().meta({description: "The heading's id on the page."}),
        markdown: z.string().meta({description: "The section's Markdown below its heading."}),
      }),
    ),
  })
  .meta({title: 'A version of a chapter', description: 'One version of a chapter of a procedures manual, section by section.'});

export const releaseDataSchema = z
  .object({
    title: z.string(),
    date,
    next_update: date.optional(),
    previous: sha256.optional().meta({description: "SHA-256 of the previous release's record; absent for the first."}),
    sha256,
    record: address,
    chapters: z.array(
      z.discriminatedUnion('status', [
        z.object({id, status: z.enum(['new', 'updated']), version: z.int().min(1), sha256, data: address}),
        z.object({id, status: z.literal('withdrawn'), replaced_by: id.optional()}),
      ]),
    ),
  })
  .meta({title: 'A release', description: 'One release of a procedures manual, as its record holds it.'});

export type ManualIndex = z.infer<typeof manualIndexSchema>;
export type ChapterVersionData = z.infer<typeof chapterVersionSchema>;
export type ReleaseRecordData = z.infer<typeof releaseDataSchema>;

const SCHEMAS: Record<DataKind, z.ZodType> = {manual: manualIndexSchema, 'chapter-version': chapterVersionSchema, release: releaseDataSchema};

/** The JSON Schema (2020-12) of a kind of data file, as published beside the files. */
export function jsonSchema(kind: DataKind): object {
  return z.toJSONSchema(SCHEMAS[kind]);
}
