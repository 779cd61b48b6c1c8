import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {Document, parse, Scalar, type YAMLSeq} from 'yaml';
import type {ChapterFrontmatterInput} from '../schema';

/**
 * The one layout a chapter file is written in, by `procedures new` and by the
 * web editor: keys in the order editors read them, short lists on one line,
 * the chapter number quoted (a bare 4.10 would read as the decimal 4.1), the
 * change note folded under `>-`. The sample manual is written in this layout,
 * and a test holds every file to it, so opening a chapter in the editor and
 * saving it unchanged changes nothing.
 */
export const CHAPTER_KEY_ORDER = [
  'id',
  'number',
  'title',
  'part',
  'version',
  'effective',
  'change',
  'review',
  'owner',
  'audience',
  'keywords',
  'related',
  'further_reading',
  'replaces',
] as const satisfies readonly (keyof ChapterFrontmatterInput)[];

/** Written even when empty, so an editor sees where related procedures go. (An empty `keywords` is refused by Docusaurus.) */
const ALWAYS_WRITTEN = new Set<string>(['related']);
/** Lists of words or ids: one line each. */
const FLOW_LISTS = new Set<string>(['audience', 'keywords', 'related', 'replaces']);

/** Frontmatter and body as one chapter file's text, with one blank line between. Keys the layout does not know keep their place at the end, so nothing typed is lost. */
export function formatChapterFile(frontmatter: Record<string, unknown>, body: string): string {
  const known = new Set<string>(CHAPTER_KEY_ORDER);
  const keys = [...CHAPTER_KEY_ORDER.filter((k) => k in frontmatter), ...Object.keys(frontmatter).filter((k) => !known.has(k))];
  const doc = new Document({});
  for (const key of keys) {
    const value = frontmatter[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && !ALWAYS_WRITTEN.has(key)) continue;
    doc.set(key, styled(doc, key, value));
  }
  const yaml = doc.toString({lineWidth: 0, flowCollectionPadding: false});
  return `---\n${yaml}---\n\n${body.replace(/^\n+/, '')}`;
}

function styled(doc: Document, key: string, value: unknown): unknown {
  if (key === 'number') {
    const node = new Scalar(String(value));
    node.type = Scalar.QUOTE_DOUBLE;
    return node;
  }
  if (key === 'change' && typeof value === 'string') {
    const node = new Scalar(value);
    node.type = Scalar.BLOCK_FOLDED;
    return node;
  }
  if (FLOW_LISTS.has(key) && Array.isArray(value)) {
    const node = doc.createNode(value) as YAMLSeq;
    node.flow = true;
    return node;
  }
  return doc.createNode(value);
}

const frontmatterReader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * A chapter file's frontmatter as data and its body as text, split where
 * remark finds the frontmatter ends, as the site reads it. `unreadable` says
 * why the data would not be what the file holds: broken YAML, or a number
 * YAML reads as a decimal (4.10 as 4.1). The web editor refuses to open such
 * a file rather than save a form that lost it.
 */
export function readChapterFile(text: string): {frontmatter: Record<string, unknown>; body: string; unreadable?: string} {
  const first = frontmatterReader.parse(text).children[0];
  if (first?.type !== 'yaml' || first.position?.end.offset === undefined)
    return {frontmatter: {}, body: text, unreadable: 'The file has no frontmatter between --- lines.'};
  const body = text.slice(first.position.end.offset).replace(/^\n+/, '');
  let data: unknown;
  try {
    data = parse(first.value);
  } catch {
    return {frontmatter: {}, body, unreadable: "The file's frontmatter is not valid YAML."};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return {frontmatter: {}, body, unreadable: "The file's frontmatter is not a list of fields."};
  const frontmatter = data as Record<string, unknown>;
  if (frontmatter.number !== undefined && typeof frontmatter.number !== 'string')
    return {frontmatter, body, unreadable: `The chapter number must be written in quotes, such as number: "${String(frontmatter.number)}".`};
  return {frontmatter, body};
}
