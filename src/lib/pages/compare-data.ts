import type {ChapterVersion} from '../history/chapter-versions';
import type {ComparableSection} from '../compare/compare-sections';

/** What the compare page needs to compare any two versions in the browser. */
export interface CompareData {
  id: string;
  number: string;
  title: string;
  historyUrl: string;
  versions: {version: number; effective: string; released: boolean; sections: ComparableSection[]}[];
}

export function compareData(id: string, historyUrl: string, versions: readonly ChapterVersion[]): CompareData {
  const latest = versions.at(-1)!;
  return {
    id,
    number: latest.number,
    title: latest.title,
    historyUrl,
    versions: versions.map((v) => ({
      version: v.version,
      effective: v.effective,
      released: !!v.release,
      sections: v.sections.map(({number, heading, anchor, text}) => ({number, heading, anchor, text})),
    })),
  };
}

/** The pair to compare: from the query if both exist, else the latest change. */
export function pickPair(data: CompareData, from: string | null, to: string | null): {from: number; to: number} | undefined {
  const numbers = data.versions.map((v) => v.version);
  const last = numbers.at(-1);
  if (last === undefined || numbers.length < 2) return undefined;
  const f = Number(from);
  const t = Number(to);
  if (numbers.includes(f) && numbers.includes(t)) return {from: f, to: t};
  return {from: numbers.at(-2)!, to: last};
}
