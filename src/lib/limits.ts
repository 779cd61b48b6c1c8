/**
 * Limits that keep a hostile or broken file from hanging or crashing the
 * tools: real chapters stay far inside them. Markdown parsing slows sharply
 * with nesting depth (a list 400 levels deep takes seconds, 2,000 minutes),
 * so over-deep lines are found before the parser sees them.
 */
export const LIMITS = {
  /** Characters in one chapter file: 8 MiB of text is many times the longest chapter. */
  fileChars: 8 * 1024 * 1024,
  /** Characters of frontmatter. */
  frontmatterChars: 64 * 1024,
  /** Lists and quotations inside one another. */
  nesting: 32,
  /** YAML alias expansions (`*name`); frontmatter needs none. */
  yamlAliases: 10,
};

// A container's opening on a line: a quotation mark, or a list marker followed by a space.
const CONTAINER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * How deep a line may be nested, at most: the containers it opens plus one
 * for every two columns of indentation (a nested list item is indented at
 * least two further). An over-estimate for indented code, which chapters do
 * not use, and never an under-estimate.
 */
function nestingDepth(line: string, stopAbove = LIMITS.nesting): number {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  let depth = Math.floor(indent / 2);
  CONTAINER.lastIndex = 0;
  while (depth <= stopAbove && CONTAINER.exec(line)) depth++;
  return depth;
}

/** 1-based numbers of the lines nested deeper than the limit. */
export function tooDeepLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (nestingDepth(line) > LIMITS.nesting) lines.push(i + 1);
  });
  return lines;
}
