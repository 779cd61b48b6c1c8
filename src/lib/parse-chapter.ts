import GithubSlugger from 'github-slugger';
import type {Heading, Root, RootContent, Yaml} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {parseYaml, validateWith, type KeyPositions} from './read-yaml';
import {contentProblems} from './check-content';
import {diagramProblems} from './check-diagrams';
import {headingId} from './heading-id';
import {LIMITS, tooDeepLines} from './limits';
import type {ChapterLink, Section, SourceFile} from './model';
import {problem, type Position, type Problem} from './problems';
import {sectionSpans} from './sections';
import {CHAPTER_FIELDS, chapterFrontmatterSchema, readableFields, type ChapterFrontmatter} from './schema';

export interface ParsedChapter {
  file: string;
  /** The file's text as read (a release copies it unchanged). */
  text: string;
  /** Undefined when the frontmatter is missing or invalid (see problems). */
  frontmatter?: ChapterFrontmatter;
  /** The id the frontmatter gives, even when it or other fields are invalid. */
  declaredId?: string;
  /**
   * The fields that are valid on their own, even when others are not: the
   * checks across chapters use them, so one bad field hides nothing else.
   */
  fields: Partial<ChapterFrontmatter>;
  /** Where each frontmatter key sits, for problems found later (see `positionFinder`). */
  positions: KeyPositions;
  sections: Section[];
  /** Every heading id in the chapter (all levels), as Docusaurus makes them. */
  anchors: string[];
  links: ChapterLink[];
  problems: Problem[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Reads one chapter file: frontmatter with positions, sections, links. */
export function parseChapter(source: SourceFile): ParsedChapter {
  const {file} = source;
  const text = source.text.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  if (text.length > LIMITS.fileChars) {
    problems.push(
      problem(
        file,
        {line: 1, col: 1},
        'FILE_TOO_LARGE',
        `the file holds ${text.length.toLocaleString('en-GB')} characters, more than any chapter needs`,
        `Split it into chapters of under ${LIMITS.fileChars / 1024 / 1024} MiB each.`,
      ),
    );
    return {file, text: source.text, fields: {}, positions: {start: {line: 1, col: 1}, byPath: {}}, sections: [], anchors: [], links: [], problems};
  }
  const tree = processor.parse(withinNestingLimit(file, text, problems)) as Root;
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;

  let frontmatter: ChapterFrontmatter | undefined;
  let declaredId: string | undefined;
  let fields: Partial<ChapterFrontmatter> = {};
  let positions: KeyPositions = {start: {line: 1, col: 1}, byPath: {}};
  if (!yamlNode) {
    problems.push(
      problem(
        file,
        {line: 1, col: 1},
        'FRONTMATTER_MISSING',
        text.trim() === '' ? 'the file is empty' : 'the chapter has no frontmatter',
        'Start the file with a block between two `---` lines giving id, number, title, part, version, effective, review, owner and audience.',
      ),
    );
  } else if (yamlNode.value.length > LIMITS.frontmatterChars) {
    problems.push(
      problem(
        file,
        {line: 2, col: 1},
        'FRONTMATTER_TOO_LARGE',
        `the frontmatter holds ${yamlNode.value.length.toLocaleString('en-GB')} characters`,
        `Keep it under ${LIMITS.frontmatterChars / 1024} KiB: it holds the chapter's details, not its text.`,
      ),
    );
  } else {
    const yaml = parseYaml(file, {text: yamlNode.value, firstLine: (yamlNode.position?.start.line ?? 1) + 1});
    positions = yaml.positions;
    problems.push(...yaml.problems);
    const id = (yaml.data as {id?: unknown} | undefined)?.id;
    if (typeof id === 'string') declaredId = id;
    if (yaml.problems.length === 0) {
      const result = validateWith(file, chapterFrontmatterSchema, yaml, CHAPTER_FIELDS);
      frontmatter = result.value;
      problems.push(...result.problems);
    }
    // Broken YAML is read only for its id, to name the chapter: no field of it can be trusted.
    if (yaml.problems.length === 0) fields = frontmatter ?? readableFields(yaml.data);
  }

  const body = tree.children.filter((node) => node.type !== 'yaml');
  if (yamlNode && body.length === 0) {
    problems.push(
      problem(
        file,
        {line: (yamlNode.position?.end.line ?? 1) + 1, col: 1},
        'CHAPTER_EMPTY',
        'the chapter has frontmatter but no text',
        'Write the chapter below the frontmatter, one `##` heading a section.',
      ),
    );
  }
  problems.push(...contentProblems(file, tree), ...diagramProblems(file, tree));
  const {sections, anchors} = readSections(file, text, body, problems);
  return {
    file,
    text: source.text,
    frontmatter,
    declaredId,
    fields,
    positions,
    sections,
    anchors,
    links: readLinks(tree),
    problems,
  };
}

/**
 * Sections by the core's section rule. Anchors come from one slugger per
 * file over every heading in order, as Docusaurus assigns heading ids, so
 * `-1` suffixes for repeated headings match the site.
 */
function readSections(file: string, text: string, body: RootContent[], problems: Problem[]) {
  const slugger = new GithubSlugger();
  const ids = new Map(body.flatMap((node) => (node.type === 'heading' ? [[node, headingId(node, slugger)] as const] : [])));
  problems.push(...anchorClashes(file, ids));
  const seen = new Map<string, number>();
  const sections = sectionSpans(body).map(({heading: node, number, index, end}): Section => {
    const {heading, anchor} = ids.get(node)!;
    const at = startOf(node);
    const content = body.slice(index + 1, end);
    const key = heading.toLowerCase();
    if (seen.has(key)) {
      problems.push(
        problem(
          file,
          at,
          'SECTION_DUPLICATE',
          `two sections are headed "${heading}" (the first is on line ${seen.get(key)})`,
          'Give each section a different heading, so each has its own link.',
        ),
      );
    } else seen.set(key, at.line);
    if (content.length === 0) {
      problems.push(problem(file, at, 'SECTION_EMPTY', `section "${heading}" has no text`, 'Write the section or remove its heading.'));
    }
    return {number, heading, anchor, line: at.line, text: content.map(plainText).join('\n\n'), markdown: sliceOf(text, content)};
  });
  return {sections, anchors: [...ids.values()].map((id) => id.anchor)};
}

/**
 * The text with every line nested deeper than the limit blanked (line
 * numbers stay true), and one problem for them: a hostile file cannot make
 * the parser run for minutes.
 */
function withinNestingLimit(file: string, text: string, problems: Problem[]): string {
  const deep = tooDeepLines(text);
  if (deep.length === 0) return text;
  problems.push(
    problem(
      file,
      {line: deep[0]!, col: 1},
      'NESTING_TOO_DEEP',
      `lists or quotations are nested more than ${LIMITS.nesting} deep${deep.length > 1 ? ` here and on ${deep.length - 1} more line${deep.length === 2 ? '' : 's'}` : ''}`,
      'Flatten the list: procedures read best two or three levels deep. These lines were not checked.',
    ),
  );
  const skip = new Set(deep);
  return text
    .split('\n')
    .map((line, i) => (skip.has(i + 1) ? '' : line))
    .join('\n');
}

/**
 * Headings that ask for the same anchor. github-slugger gives the second a
 * `-1` that nobody writing a link would guess, so two differently worded
 * headings (`Who? Refers`, `Who Refers!`) or two explicit `{#same}` ids are
 * a mistake. A sub-heading repeated word for word (`### Actions` in several
 * sections) is not: its anchors are numbered, as on the page.
 */
function anchorClashes(file: string, ids: ReadonlyMap<Heading, {heading: string; anchor: string; explicit?: true}>): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, {heading: string; line: number}>();
  for (const [node, {heading, anchor, explicit}] of ids) {
    const wanted = explicit ? anchor : GithubSlugger.slug(heading);
    if (wanted === '') {
      problems.push(
        problem(
          file,
          startOf(node),
          'HEADING_ANCHOR_EMPTY',
          `"${heading}" has no letters or digits to make an anchor from, so nothing can link to it`,
          'Add words to the heading, or give it an anchor of its own with `{#some-words}` at the end.',
        ),
      );
      continue;
    }
    const earlier = first.get(wanted);
    const at = startOf(node);
    if (!earlier) {
      first.set(wanted, {heading, line: at.line});
      continue;
    }
    // Repeated `##` headings are SECTION_DUPLICATE; repeated sub-headings are fine.
    if (!explicit && earlier.heading.toLowerCase() === heading.toLowerCase() && (node.depth === 2 || earlier.heading === heading)) continue;
    problems.push(
      problem(
        file,
        at,
        'SECTION_ANCHOR_DUPLICATE',
        `"${heading}" asks for the anchor \`#${wanted}\`, which "${earlier.heading}" on line ${earlier.line} already has`,
        explicit ? 'Give this heading its own `{#id}`.' : 'Word the headings differently, so that each has its own anchor.',
      ),
    );
  }
  return problems;
}

/** Plain text of a block, keeping list items on lines of their own (for diffs and search). */
function plainText(node: RootContent): string {
  if (node.type === 'list') return node.children.map(plainText).join('\n');
  if (node.type === 'listItem' || node.type === 'blockquote') return node.children.map(plainText).join('\n');
  return toString(node);
}

function readLinks(tree: Root): ChapterLink[] {
  const links: ChapterLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({url: node.url, ...startOf(node), text: node.type === 'link' ? toString(node) : (node.label ?? '')});
    }
  });
  return links;
}

function startOf(node: {position?: {start: {line: number; column: number}}}): Position {
  return {line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1};
}

function sliceOf(text: string, nodes: RootContent[]): string {
  const first = nodes[0]?.position?.start.offset;
  const last = nodes.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : text.slice(first, last);
}
