import type {Manual} from './model';
import type {Audience, FurtherReading} from './schema';

/** The plugin's name: the key of its global data. */
export const PLUGIN_NAME = 'procedures-manual';

/**
 * What the site's pages need of the manual, computed once per build and
 * handed to the theme as plain JSON (Docusaurus global data).
 */
export interface ManualData {
  title: string;
  board: string;
  description: string;
  parts: PartData[];
  audiences: Audience[];
  chapters: Record<string, ChapterData>;
}

export interface PartData {
  id: string;
  number: number;
  title: string;
  description: string;
  /** Chapter ids, in chapter-number order. */
  chapters: string[];
}

export interface ChapterData {
  id: string;
  number: string;
  title: string;
  part: string;
  permalink: string;
  version: number;
  effective: string;
  change?: string;
  review: string;
  owner: string;
  audience: string[];
  related: string[];
  referencedBy: string[];
  furtherReading: FurtherReading[];
  sections: {number: number; heading: string; anchor: string}[];
}

/** `permalinkOf` maps a chapter's file to its URL, as the docs plugin made it. */
export function manualData(manual: Manual, permalinkOf: (file: string) => string): ManualData {
  const {config} = manual;
  const chapters: Record<string, ChapterData> = {};
  for (const c of manual.chapters) {
    chapters[c.id] = {
      id: c.id,
      number: c.number,
      title: c.title,
      part: c.part,
      permalink: permalinkOf(c.file),
      version: c.version,
      effective: c.effective,
      ...(c.change ? {change: c.change} : {}),
      review: c.review,
      owner: c.owner,
      audience: c.audience,
      related: c.related,
      referencedBy: manual.referencedBy.get(c.id) ?? [],
      furtherReading: c.further_reading,
      sections: c.sections.map(({number, heading, anchor}) => ({number, heading, anchor})),
    };
  }
  return {
    title: config.title,
    board: config.board,
    description: config.description,
    audiences: config.audiences,
    parts: manual.parts.map(({part, chapters: inPart}) => ({...part, chapters: inPart.map((c) => c.id)})),
    chapters,
  };
}
