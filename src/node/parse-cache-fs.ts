import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {SourceFile} from '../lib/model';
import type {ParsedChapter} from '../lib/parse-chapter';

/** The text is the key: it is not stored twice. */
type Stored = Omit<ParsedChapter, 'text'>;

const LIB = path.join(__dirname, '..', 'lib');
/** Caches live in this project's own node_modules, never in the manual being read. */
export const CACHE_ROOT = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'procedures');
const CACHE_DIR = path.join(CACHE_ROOT, 'parsed');

/** A hash of the core's own source: what it derives from a manual changes only when this or the manual does. */
export function coreVersion(): string {
  const code = createHash('sha256');
  for (const file of readdirSync(LIB, {recursive: true})
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()) {
    code.update(file).update(readFileSync(path.join(LIB, file)));
  }
  return code.digest('hex');
}

/**
 * Parsed chapters kept on disk between runs, as ESLint keeps its cache: an
 * editor's second `check`, and every build after it, re-parses only the
 * chapters that changed. An entry is found by the chapter's path and text and
 * by the core's own source, so a change to the parser empties the cache. Two
 * manuals may share entries: the same path and text parse the same.
 */
export class ParseCache {
  private readonly dir: string;
  private readonly codeVersion: string;

  constructor(dir = CACHE_DIR) {
    this.dir = dir;
    this.codeVersion = coreVersion();
  }

  get(source: SourceFile): ParsedChapter | undefined {
    try {
      const stored = JSON.parse(readFileSync(this.entry(source), 'utf8')) as Stored;
      return {...stored, text: source.text};
    } catch {
      return undefined;
    }
  }

  set(source: SourceFile, parsed: ParsedChapter): void {
    const {text: _, ...stored} = parsed;
    try {
      mkdirSync(this.dir, {recursive: true});
      writeFileSync(this.entry(source), JSON.stringify(stored));
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  private entry(source: SourceFile): string {
    const key = createHash('sha256').update(this.codeVersion).update('\0').update(source.file).update('\0').update(source.text).digest('hex');
    return path.join(this.dir, `${key}.json`);
  }
}
