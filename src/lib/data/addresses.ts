import {versionFile} from '../history/layout';

/**
 * Where the manual is published as data, below the site's base address. The
 * released files sit under `data/history/` laid out as the history folder
 * is, so the published copy can be checked by the same code as the
 * repository (see `verifyPublished`).
 */
const DATA = 'data';
export const PUBLISHED_HISTORY = `${DATA}/history`;

export const dataPaths = {
  /** The manual's index: chapters, parts, audiences, releases. */
  index: `${DATA}/manual.json`,
  chapterVersion: (id: string, version: number) => `${DATA}/chapters/${id}/v${version}.json`,
  /** `name` is the record's file name without `.yml`: `2009-02-01-february-2009`. */
  release: (name: string) => `${DATA}/releases/${name}.json`,
  /** The manual as the release left it, printed (when the site is built with `releasePdfs`). */
  releasePdf: (name: string) => `${DATA}/releases/${name}.pdf`,
  releasedRecord: (name: string) => `${PUBLISHED_HISTORY}/releases/${name}.yml`,
  releasedVersion: (id: string, version: number) => versionFile(PUBLISHED_HISTORY, id, version),
  schema: (kind: DataKind) => `${DATA}/schema/${kind}.schema.json`,
};

export type DataKind = 'manual' | 'chapter-version' | 'release';

/** A release's name, from its record's path: `history/releases/2009-02-01-february-2009.yml` → `2009-02-01-february-2009`. */
export function releaseName(recordFile: string): string {
  return recordFile.slice(recordFile.lastIndexOf('/') + 1).replace(/\.yml$/, '');
}
