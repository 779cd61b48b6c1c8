import type {Glossary} from './glossary/glossary';
import type {KeyPositions} from './read-yaml';
import type {Problem} from './problems';
import type {ChapterFrontmatter, ManualConfig, Part} from './schema';

/** A file as the shell read it: path relative to the project, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A `##` section of a chapter, numbered in order from 1. */
export interface Section {
  number: number;
  heading: string;
  /** Heading id, as Docusaurus renders it. */
  anchor: string;
  line: number;
  /** Plain text of the section (for search and diffs). */
  text: string;
  /** The section's Markdown source below its heading. */
  markdown: string;
}

/** A link or link definition found in a chapter's body. */
export interface ChapterLink {
  url: string;
  text: string;
  line: number;
  col: number;
}

/**
 * A chapter of the manual. The model is plain data, with no functions or
 * classes, so it crosses worker threads and the parse cache unchanged and
 * can be written out as JSON.
 */
export interface Chapter extends ChapterFrontmatter {
  file: string;
  /** Where each frontmatter key sits in the file (see `positionFinder`). */
  positions: KeyPositions;
  /** The file's text as read. */
  text: string;
  sections: Section[];
  anchors: string[];
  links: ChapterLink[];
  /** Ids of chapters this one links to inline. */
  linksTo: string[];
}

export interface Manual {
  config: ManualConfig;
  /** Every valid chapter, ordered by number. */
  chapters: Chapter[];
  byId: ReadonlyMap<string, Chapter>;
  /** Id → ids of the chapters that list it in `related` or link to it, by number. */
  referencedBy: ReadonlyMap<string, string[]>;
  /** Parts in display order with their chapters. */
  parts: {part: Part; chapters: Chapter[]}[];
  /** The defined terms, when the manual has a glossary file. */
  glossary?: Glossary;
  problems: Problem[];
}
