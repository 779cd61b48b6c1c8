import {freeId} from '../new-chapter';

/**
 * The checks of `procedures check` that belong to one form field, worded for
 * the web editor, so an editor learns of them on the field before saving.
 * Each returns the message to show, or undefined when the value is fine.
 */

/** What the editor knows of the manual as it was loaded: each chapter's id, number and title, and ids never to reuse. */
export interface ManualSnapshot {
  chapters: {id: string; number: string; title: string}[];
  /** Ids of withdrawn chapters. */
  formerIds: string[];
}

export function idProblem(id: string, snapshot: ManualSnapshot, isNew: boolean): string | undefined {
  if (!isNew) return undefined;
  const taken = snapshot.chapters.find((c) => c.id === id);
  if (taken) return `${taken.number} ${taken.title} already has the id ${id}: choose another.`;
  if (snapshot.formerIds.includes(id)) return `${id} belonged to a withdrawn chapter, and ids are never reused: choose another.`;
  return undefined;
}

export function numberProblem(number: string, id: string, snapshot: ManualSnapshot): string | undefined {
  const other = snapshot.chapters.find((c) => c.number === number && c.id !== id);
  return other ? `${other.number} is already ${other.title}: choose a number no chapter has.` : undefined;
}

export function changeProblem(change: string | undefined, version: number | undefined): string | undefined {
  if (version !== undefined && version >= 2 && !change?.trim())
    return `Version ${version} needs a note of what changed, such as "by adding Section 5, Feedback to Referrers."`;
  return undefined;
}

/** The id proposed for a new chapter from its title: free, as ids of current and withdrawn chapters are taken. */
export function proposedId(title: string, snapshot: ManualSnapshot): string {
  if (!/[\p{L}\p{N}]/u.test(title)) return '';
  return freeId(title, new Set([...snapshot.chapters.map((c) => c.id), ...snapshot.formerIds]));
}
