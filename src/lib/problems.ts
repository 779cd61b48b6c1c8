/**
 * Problems are data: every rule adds one of these, and the shells (CLI,
 * Docusaurus plugin) decide how to print them. Codes are stable: editors and
 * the README refer to them.
 */
export const CODES = {
  FILE_NOT_TEXT: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_SYMLINK: 'error',
  FILE_TYPE_NOT_ALLOWED: 'error',
  FOLDER_NOT_ALLOWED: 'error',
  ENCODING_INVALID: 'error',
  YAML_INVALID: 'error',
  YAML_TOO_COMPLEX: 'error',
  FRONTMATTER_MISSING: 'error',
  FRONTMATTER_TOO_LARGE: 'error',
  NESTING_TOO_DEEP: 'error',
  FIELD_MISSING: 'error',
  FIELD_UNKNOWN: 'error',
  FIELD_INVALID: 'error',
  DATE_INVALID: 'error',
  ID_INVALID: 'error',
  TITLE_INVALID: 'error',
  URL_INVALID: 'error',
  CHANGE_MISSING: 'error',
  ID_DUPLICATE: 'error',
  NUMBER_DUPLICATE: 'error',
  PART_UNKNOWN: 'error',
  AUDIENCE_UNKNOWN: 'error',
  RELATED_NOT_FOUND: 'error',
  RELATED_SELF: 'error',
  LINK_CHAPTER_NOT_FOUND: 'error',
  LINK_ANCHOR_NOT_FOUND: 'error',
  LINK_SCHEME_INVALID: 'error',
  HTML_NOT_ALLOWED: 'error',
  DIAGRAM_TEXT_MISSING: 'error',
  SECTION_DUPLICATE: 'error',
  SECTION_EMPTY: 'error',
  SECTION_ANCHOR_DUPLICATE: 'error',
  HEADING_ANCHOR_EMPTY: 'error',
  CHAPTER_EMPTY: 'error',
  MANUAL_CONFIG_INVALID: 'error',
  LINK_VERSION_NOT_FOUND: 'error',
  ID_REUSED: 'error',
  REPLACES_INVALID: 'error',
  HISTORY_RECORD_INVALID: 'error',
  HISTORY_FILE_MISSING: 'error',
  HISTORY_HASH_MISMATCH: 'error',
  HISTORY_CHAIN_BROKEN: 'error',
  HISTORY_ORPHAN: 'error',
  HISTORY_RECORD_EDITED: 'error',
  RELEASE_INTERRUPTED: 'error',
  PUBLISHED_MISSING: 'error',
  PUBLISHED_INVALID: 'error',
  PUBLISHED_MISMATCH: 'error',
  RELEASE_DATE_INVALID: 'error',
  CHANGE_NOTE_STALE: 'error',
  GLOSSARY_DUPLICATE: 'error',
  GLOSSARY_DEFINITION_EMPTY: 'error',
  GLOSSARY_RELATED_NOT_FOUND: 'error',
  GLOSSARY_TERM_NOT_FOUND: 'error',
  VERSION_NOT_RAISED: 'warning',
  REVIEW_OVERDUE: 'warning',
  EFFECTIVE_FUTURE: 'warning',
} as const;

export type ProblemCode = keyof typeof CODES;
export type Severity = (typeof CODES)[ProblemCode];

export interface Problem {
  /** Path of the file, relative to the project (as the shell gave it). */
  file: string;
  /** 1-based line and column of the offending key, link or heading. */
  line: number;
  col: number;
  code: ProblemCode;
  severity: Severity;
  message: string;
  /** The fix, when one can be proposed ("did you mean …"). */
  hint?: string;
}

export interface Position {
  line: number;
  col: number;
}

export function problem(file: string, at: Position, code: ProblemCode, message: string, hint?: string): Problem {
  return {file, line: at.line, col: at.col, code, severity: CODES[code], message, ...(hint ? {hint} : {})};
}

/** `path:line:col  CODE  message. Hint` — the one line editors read. */
export function formatProblem(p: Problem): string {
  const hint = p.hint ? `. ${p.hint}` : '';
  return `${p.file}:${p.line}:${p.col}  ${p.code}  ${p.message.replace(/\.$/, '')}${hint}`;
}

/** "2 errors, 1 warning in 17 chapters" */
export function summarise(problems: readonly Problem[], chapters: number): string {
  const {errors, warnings} = countBySeverity(problems);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors + warnings === 0) return `No problems in ${plural(chapters, 'chapter')}.`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(chapters, 'chapter')}.`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

export function countBySeverity(problems: readonly Problem[]): {errors: number; warnings: number} {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {errors, warnings: problems.length - errors};
}
