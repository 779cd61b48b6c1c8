import {isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document} from 'yaml';
import type * as z from 'zod';
import {LIMITS} from './limits';
import {CODES, problem, type Position, type Problem, type ProblemCode} from './problems';
import {closest} from './suggest';

/**
 * Every YAML the editors write — a chapter's frontmatter, `manual.yml`, a
 * release record — is read here with the position of each key and checked
 * against its zod schema, so every problem can point at the key to fix.
 */

/** YAML text, and the file line it starts on. */
export interface YamlSource {
  text: string;
  firstLine: number;
  /** What the YAML is, for messages: "frontmatter" (the default), "docs/manual.yml", "this release record". */
  label?: string;
}

export interface ParsedYaml {
  /** What the YAML is, for messages (see YamlSource). */
  label: string;
  /** The data; when the YAML has errors, whatever could be read (for the chapter's id). */
  data: unknown;
  /** Where each key and list item sits in the file, as plain data (it crosses worker threads). */
  positions: KeyPositions;
  /** Where a key (or list item) sits in the file; the block's start when unknown. */
  positionOf: (path: readonly PropertyKey[]) => Position;
  problems: Problem[];
}

/** Positions of every key and list item, by path, plus where the block starts. */
export interface KeyPositions {
  start: Position;
  byPath: Record<string, Position>;
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/** The position of `path`, or of its nearest ancestor that exists, or the block's start. */
export function positionFinder({start, byPath}: KeyPositions): (path: readonly PropertyKey[]) => Position {
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const found = byPath[pathKey(path.slice(0, depth))];
      if (found) return found;
    }
    return start;
  };
}

export function parseYaml(file: string, source: YamlSource): ParsedYaml {
  const label = source.label ?? 'frontmatter';
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, so the schema checks them itself.
  const doc = parseDocument(source.text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const toFile = (offset: number): Position => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: source.firstLine + line - 1, col};
  };
  const start: Position = {line: source.firstLine, col: 1};
  const problems = doc.errors.map((error) =>
    problem(
      file,
      toFile(error.pos[0]),
      'YAML_INVALID',
      `${label} is not valid YAML: ${firstLine(error.message)}`,
      'Check the indentation and quote values that contain a colon.',
    ),
  );
  if (problems.length > 0) {
    const positions = {start, byPath: {}};
    return {label, data: idOnly(doc), positions, positionOf: positionFinder(positions), problems};
  }
  let data: unknown;
  try {
    data = readData(doc);
  } catch {
    // The yaml library refuses alias expansions past the limit ("billion laughs").
    const positions = {start, byPath: {}};
    const tooComplex = problem(
      file,
      start,
      'YAML_TOO_COMPLEX',
      `the YAML repeats itself through aliases (\`*name\`) more than ${LIMITS.yamlAliases} times`,
      `Write each value out in full; the ${label} needs no anchors or aliases.`,
    );
    return {label, data: idOnly(doc), positions, positionOf: positionFinder(positions), problems: [tooComplex]};
  }
  const positions = {start, byPath: collectPositions(doc, toFile)};
  return {label, data, positions, positionOf: positionFinder(positions), problems};
}

/**
 * Plain data from the document, except that an unquoted chapter number keeps
 * the digits the editor wrote: YAML would read `number: 4.10` as 4.1.
 */
function readData(doc: Document): unknown {
  const data = doc.toJS({maxAliasCount: LIMITS.yamlAliases});
  const number = doc.get('number', true);
  if (isScalar(number) && typeof number.value === 'number' && typeof number.source === 'string') {
    (data as Record<string, unknown>).number = number.source;
  }
  return data;
}

/** Every map key and list item, by its path: what problems point at. */
function collectPositions(doc: Document, toFile: (o: number) => Position): Record<string, Position> {
  const byPath: Record<string, Position> = {};
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const at = [...path, String(pair.key.value)];
        byPath[pathKey(at)] = toFile(pair.key.range[0]);
        walk(pair.value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isNode(item) && item.range) byPath[pathKey([...path, i])] = toFile(item.range[0]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return byPath;
}

/**
 * Of YAML that cannot be read as a whole, only the id: it still says which
 * chapter this is, so references to it are not reported as missing. Nothing
 * else is read, which also spares turning a large broken document into data
 * (the yaml library takes seconds over some).
 */
function idOnly(doc: Document): {id: string} | undefined {
  try {
    const id = doc.get('id');
    return typeof id === 'string' ? {id} : undefined;
  } catch {
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * Runs a zod schema and turns each issue into a problem at the key concerned,
 * with a hint naming the fix.
 */
export function validateWith<T extends z.ZodType>(
  file: string,
  schema: T,
  yaml: ParsedYaml,
  knownFields: readonly string[],
): {value?: z.infer<T>; problems: Problem[]} {
  const result = schema.safeParse(yaml.data);
  if (result.success) return {value: result.data, problems: []};
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // Inside a list item (`further_reading`), the keys that belong there, not the top-level fields.
      const known = issue.path.length > 0 ? (keysAt(schema, issue.path) ?? knownFields) : knownFields;
      for (const key of issue.keys) {
        const suggestion = closest(key, known);
        problems.push(
          problem(
            file,
            yaml.positionOf([...issue.path, key]),
            'FIELD_UNKNOWN',
            `unknown field \`${key}\``,
            suggestion ? `Did you mean \`${suggestion}\`?` : `Known fields${issue.path.length > 0 ? ` here` : ''}: ${known.join(', ')}.`,
          ),
        );
      }
      continue;
    }
    const code = codeFor(issue, yaml.data);
    const field = issue.path.map(String).join('.');
    const missing = code === 'FIELD_MISSING';
    problems.push(
      problem(
        file,
        yaml.positionOf(issue.path),
        code,
        missing ? `required field \`${field}\` is missing` : issue.message,
        missing
          ? `Add \`${field}:\` to the ${yaml.label}.`
          : ((issue.code === 'custom' && typeof issue.params?.hint === 'string' ? issue.params.hint : undefined) ?? HINTS[code]),
      ),
    );
  }
  return {problems};
}

const HINTS: Partial<Record<ProblemCode, string>> = {
  FIELD_INVALID: 'The README\'s "Authoring a chapter" table shows the form each field takes.',
  DATE_INVALID: 'Write the date as YYYY-MM-DD, for example 2009-02-01.',
  TITLE_INVALID: 'Titles are plain text: write "under 5" rather than "< 5", or remove the markup.',
  CHANGE_MISSING: 'Add `change:` with the note readers will see, such as "by adding Section 3, Timescales."',
  ID_INVALID: 'Use lower-case letters, digits and hyphens only; ids appear in addresses.',
  URL_INVALID: 'Write the full address, starting https://.',
};

function codeFor(issue: z.core.$ZodIssue, data: unknown): ProblemCode {
  if (issue.code === 'custom' && typeof issue.params?.rule === 'string' && issue.params.rule in CODES) return issue.params.rule as ProblemCode;
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return 'FIELD_MISSING';
  if (issue.message.includes('real date')) return 'DATE_INVALID';
  if (issue.path.length === 1 && issue.path[0] === 'id') return 'ID_INVALID';
  if (issue.path[0] === 'further_reading' && issue.path.at(-1) === 'url') return 'URL_INVALID';
  return 'FIELD_INVALID';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys of the object the schema expects at `path` (list items and wrappers looked through), if it is one. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  type Def = {type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType};
  let current: z.ZodType | undefined = schema;
  const unwrap = () => {
    for (let def = current?._zod.def as Def | undefined; def && (def.innerType || def.in); def = current?._zod.def as Def | undefined)
      current = def.innerType ?? def.in;
  };
  for (const step of path) {
    unwrap();
    const def = current?._zod.def as Def | undefined;
    current = def?.type === 'array' ? def.element : def?.shape?.[String(step)];
  }
  unwrap();
  const shape = (current?._zod.def as Def | undefined)?.shape;
  return shape ? Object.keys(shape) : undefined;
}
