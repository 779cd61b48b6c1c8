import * as z from 'zod';
import {isoDate, slug, text} from '../schema';

const SHA256 = /^[0-9a-f]{64}$/;
const sha256 = (what: string) => z.string({error: `${what} must be a SHA-256 hash`}).regex(SHA256, {error: `${what} must be a SHA-256 hash`});

const released = z.strictObject({
  id: slug('id'),
  /** `new`: first released in this release; `updated`: a later version. */
  status: z.enum(['new', 'updated'], {error: 'status must be new, updated or withdrawn'}),
  version: z.int({error: 'version must be a whole number'}).min(1),
  /** Hash of history/<id>/v<version>.md as released. */
  sha256: sha256('sha256'),
});

const withdrawn = z.strictObject({
  id: slug('id'),
  status: z.literal('withdrawn'),
  /** The chapter that took its place, if any: the old address leads there. */
  replaced_by: slug('replaced_by').optional(),
});

/**
 * One release of the manual, as `procedures release` writes it to
 * history/releases/. Records are never edited: each holds the hash of the one
 * before it, so a changed record breaks the chain at the next.
 */
export const releaseRecordSchema = z.strictObject({
  /** How the board names the release, such as "February 2009". */
  title: text('title'),
  /** The day the release was published. */
  date: isoDate('date'),
  /** When the board expects to publish its next update, if it has said. */
  next_update: isoDate('next_update').optional(),
  /** Hash of the previous release's record file; absent for the first. */
  previous: sha256('previous').optional(),
  chapters: z.array(z.discriminatedUnion('status', [released, withdrawn])),
});

export type ReleaseRecord = z.infer<typeof releaseRecordSchema>;
export type ReleaseEntry = ReleaseRecord['chapters'][number];
export const RELEASE_FIELDS = Object.keys(releaseRecordSchema.shape);
