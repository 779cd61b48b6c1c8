import type {ChapterLink, ReleasedChapters} from './manual-data';

/** A release as the reader's browser remembers it. */
export interface SeenRelease {
  title: string;
  date: string;
}

/** A chapter changed since the reader's last visit, and how to see what changed. */
export interface UpdatedSince {
  chapter: ChapterLink;
  /** The version the reader could last have read; none when the chapter is new since. */
  from?: number;
  to: number;
  /** The comparison from the version last seen to the latest, when there was one. */
  compareUrl?: string;
}

/**
 * The chapters a release after `seen` published, with the version the
 * reader last saw. A release is known by its title and date; if the record
 * no longer holds the one remembered, releases dated after it count.
 */
export function updatedSince(releases: readonly SeenRelease[], {chapters}: ReleasedChapters, seen: SeenRelease): UpdatedSince[] {
  const known = releases.findIndex((r) => r.title === seen.title && r.date === seen.date);
  const after = known >= 0 ? known : releases.filter((r) => r.date <= seen.date).length - 1;
  const updates: UpdatedSince[] = [];
  for (const {released, compareUrl, ...chapter} of chapters) {
    const latest = released.at(-1);
    if (!latest || latest.release <= after) continue;
    const from = released.filter((r) => r.release <= after).at(-1)?.version;
    updates.push({
      chapter,
      ...(from !== undefined ? {from} : {}),
      to: latest.version,
      ...(from !== undefined && compareUrl ? {compareUrl: `${compareUrl}?from=${from}&to=${latest.version}`} : {}),
    });
  }
  return updates;
}
