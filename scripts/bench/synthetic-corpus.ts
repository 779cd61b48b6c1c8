/**
 * A synthetic manual for benchmarks: chapters of sections written with the
 * sample manual's own vocabulary at its own word frequencies, with rare
 * invented words planted in known sections so recall can be measured.
 */
export interface SyntheticSection {
  chapter: number;
  number: number;
  title: string;
  heading: string;
  keywords: string[];
  text: string;
  part: string;
  audience: string[];
}

export interface PlantedTerm {
  term: string;
  /** Index of the section it was planted in. */
  section: number;
}

export interface SyntheticCorpus {
  sections: SyntheticSection[];
  planted: PlantedTerm[];
}

const PARTS = ['introduction', 'core-procedures', 'allegations-and-complex-abuse', 'specific-circumstances'];
const AUDIENCES = ['all', 'social-care', 'police', 'health', 'education', 'early-years', 'voluntary'];
const SYLLABLES = ['bra', 'vel', 'mor', 'tan', 'qui', 'dex', 'lor', 'fen', 'zul', 'pra', 'kin', 'sov', 'mir', 'gha', 'tur', 'nep'];

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `chapters` chapters of 4–7 sections of 120–320 words, drawn from `words`
 * (a list with repeats, so frequent words stay frequent), with one invented
 * word planted in every twentieth section.
 */
export function syntheticCorpus(chapters: number, words: readonly string[], seed = 2009): SyntheticCorpus {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const phrase = (min: number, max: number) => Array.from({length: min + Math.floor(next() * (max - min + 1))}, () => pick(words)).join(' ');
  const sections: SyntheticSection[] = [];
  const planted: PlantedTerm[] = [];
  const used = new Set<string>();
  for (let c = 0; c < chapters; c++) {
    const title = phrase(3, 7);
    const part = pick(PARTS);
    const audience = [...new Set([pick(AUDIENCES), pick(AUDIENCES)])];
    const keywords = [phrase(1, 2), phrase(1, 2), phrase(1, 1)];
    const count = 4 + Math.floor(next() * 4);
    for (let s = 1; s <= count; s++) {
      const body = phrase(120, 320).split(' ');
      if (sections.length % 20 === 7) {
        let term: string;
        do term = Array.from({length: 3 + Math.floor(next() * 2)}, () => pick(SYLLABLES)).join('');
        while (used.has(term));
        used.add(term);
        body.splice(Math.floor(next() * body.length), 0, term);
        planted.push({term, section: sections.length});
      }
      sections.push({chapter: c, number: s, title, heading: phrase(2, 5), keywords, text: body.join(' '), part, audience});
    }
  }
  return {sections, planted};
}
