import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {loadManual, type LoadResult} from '../lib/load-manual';
import type {SourceFile} from '../lib/model';
import {parseChapter, type ParsedChapter} from '../lib/parse-chapter';
import {problem} from '../lib/problems';

/** The manual's settings file, inside the docs folder. */
export const MANUAL_CONFIG = 'manual.yml';

export interface ReadOptions {
  /** The project root: reported paths are relative to it. */
  root: string;
  /** The manual folder, relative to root. */
  docsDir: string;
}

// Parsed chapters by path, reused while the text is unchanged: the dev
// server, the sidebar and the plugin all ask for the manual on each edit.
const cache = new Map<string, {text: string; parsed: ParsedChapter}>();

function parseCached(source: SourceFile): ParsedChapter {
  const hit = cache.get(source.file);
  if (hit && hit.text === source.text) return hit.parsed;
  const parsed = parseChapter(source);
  cache.set(source.file, {text: source.text, parsed});
  return parsed;
}

/** Reads every chapter (`*.md`, any depth) and the settings file. */
export async function readManual({root, docsDir}: ReadOptions): Promise<LoadResult> {
  const dir = path.resolve(root, docsDir);
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const read = async (file: string): Promise<SourceFile> => ({file: relative(file), text: await readFile(file, 'utf8')});
  const configFile = path.join(dir, MANUAL_CONFIG);
  const [config, chapters] = await Promise.all([read(configFile).catch(() => undefined), Promise.all(files.map(read))]);
  if (!config) {
    const file = relative(configFile);
    return {problems: [problem(file, {line: 1, col: 1}, 'MANUAL_CONFIG_INVALID', `${file} is missing or unreadable`,
      'Create it with the manual\'s title, board, description, parts and audiences (see the README).')]};
  }
  return loadManual(config, chapters, parseCached);
}
