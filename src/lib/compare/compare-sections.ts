import {diffWords} from 'diff';

/** What a comparison needs of a section: its place, heading, identity and text. */
export interface ComparableSection {
  number: number;
  heading: string;
  anchor: string;
  text: string;
}

export type WordChange = {type: 'same' | 'ins' | 'del'; text: string};

export type SectionStatus = 'added' | 'removed' | 'amended' | 'unchanged';

export interface SectionChange {
  status: SectionStatus;
  /** The section in the earlier version (absent when added). */
  from?: {number: number; heading: string; anchor: string};
  /** The section in the later version (absent when removed). */
  to?: {number: number; heading: string; anchor: string};
  /** Its number changed (it moved, or sections before it came or went). */
  renumbered: boolean;
  /** Its heading changed; the text was similar enough to be the same section. */
  retitled: boolean;
  /** Word-level redline, for amended sections. */
  words?: WordChange[];
}

export interface Comparison {
  sections: SectionChange[];
  counts: {added: number; removed: number; amended: number; renumbered: number; unchanged: number};
}

/** Two sections whose headings differ are one section retitled when this much of their words is shared. */
const RETITLE_SIMILARITY = 0.6;

/**
 * Compares two versions of a chapter section by section. Sections are matched
 * by identity — their anchor — not by position, so a section that only moved
 * shows as renumbered and unchanged. Sections left unmatched are paired when
 * their text is mostly the same (a retitled section); the rest were added or
 * removed.
 */
export function compareSections(from: readonly ComparableSection[], to: readonly ComparableSection[]): Comparison {
  const pairs = new Map<ComparableSection, ComparableSection>();
  const fromByAnchor = new Map(from.map((s) => [s.anchor, s]));
  for (const section of to) {
    const match = fromByAnchor.get(section.anchor);
    if (match) pairs.set(section, match);
  }
  const matched = new Set(pairs.values());
  const unmatchedFrom = new Set(from.filter((s) => !matched.has(s)));
  for (const section of to) {
    if (pairs.has(section)) continue;
    const best = [...unmatchedFrom].map((candidate) => ({candidate, score: similarity(candidate.text, section.text)})).sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= RETITLE_SIMILARITY) {
      pairs.set(section, best.candidate);
      unmatchedFrom.delete(best.candidate);
    }
  }

  const place = (s: ComparableSection) => ({number: s.number, heading: s.heading, anchor: s.anchor});
  const changes: SectionChange[] = to.map((section) => {
    const earlier = pairs.get(section);
    if (!earlier) return {status: 'added', to: place(section), renumbered: false, retitled: false};
    const same = normalise(earlier.text) === normalise(section.text);
    return {
      status: same ? 'unchanged' : 'amended',
      from: place(earlier),
      to: place(section),
      renumbered: earlier.number !== section.number,
      retitled: earlier.heading !== section.heading,
      ...(same ? {} : {words: redline(earlier.text, section.text)}),
    };
  });
  // A removed section is shown where it stood: after the section that followed it before.
  for (const gone of [...unmatchedFrom].sort((a, b) => a.number - b.number)) {
    const removed: SectionChange = {status: 'removed', from: place(gone), renumbered: false, retitled: false};
    const after = changes.findIndex((c) => c.from && c.from.number > gone.number);
    changes.splice(after === -1 ? changes.length : after, 0, removed);
  }

  const count = (test: (c: SectionChange) => boolean) => changes.filter(test).length;
  return {
    sections: changes,
    counts: {
      added: count((c) => c.status === 'added'),
      removed: count((c) => c.status === 'removed'),
      amended: count((c) => c.status === 'amended' || (c.status === 'unchanged' && c.retitled)),
      renumbered: count((c) => c.status === 'unchanged' && c.renumbered && !c.retitled),
      unchanged: count((c) => c.status === 'unchanged' && !c.renumbered && !c.retitled),
    },
  };
}

/** Word-level changes; whitespace differences alone are not changes. */
export function redline(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    type: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
}

/** "2 sections added, 1 amended, 3 renumbered" — or "No changes to any section". */
export function summariseComparison({counts}: Comparison): string {
  const parts = (
    [
      ['added', counts.added],
      ['amended', counts.amended],
      ['removed', counts.removed],
      ['renumbered', counts.renumbered],
    ] as const
  ).filter(([, n]) => n > 0);
  if (parts.length === 0) return 'No changes to any section';
  return parts.map(([what, n], i) => (i === 0 ? `${n} section${n === 1 ? '' : 's'} ${what}` : `${n} ${what}`)).join(', ');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Share of words in common (Dice coefficient over word multisets). */
function similarity(a: string, b: string): number {
  const words = (text: string) => normalise(text).toLowerCase().split(' ').filter(Boolean);
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
