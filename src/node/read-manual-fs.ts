import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readdir, readFile, stat} from 'node:fs/promises';
import {promisify} from 'node:util';
import path from 'node:path';
import {GLOSSARY_FILE} from '../lib/glossary/glossary';
import {historyFileKind} from '../lib/history/layout';
import type {HistorySources} from '../lib/history/load-history';
import {loadManual, type LoadResult} from '../lib/load-manual';
import type {SourceFile} from '../lib/model';
import {MANUAL_CONFIG, resolveOptions, type ProceduresOptionsInput} from '../lib/options';
import {parseChapter, type ParsedChapter} from '../lib/parse-chapter';
import {ParseCache} from './parse-cache-fs';
import {JOURNAL_FILE, readJournal} from './release-guard-fs';
import {parseChapters} from './parse-chapters-fs';
import {problem, type Problem} from '../lib/problems';

export interface ReadOptions extends ProceduresOptionsInput {
  /** The project root: reported paths and the options' folders are relative to it. */
  root: string;
  /** YYYY-MM-DD: check review and effective dates against this day. */
  today?: string;
  /** Chapters not on disk yet, checked as if they were (`procedures new`). */
  extra?: SourceFile[];
  /**
   * Parse every released version now, in worker threads and through the disk
   * cache, for callers that read them all (the site's history pages and
   * search index). Otherwise each is parsed when first read, as `check` needs
   * only their hashes.
   */
  parseHistory?: boolean;
}

/** How released files and records are fingerprinted: SHA-256 of their UTF-8 text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Parsed chapters by path, reused while the text is unchanged: the dev
// server, the sidebar and the plugin all ask for the manual on each edit.
const cache = new Map<string, {text: string; parsed: ParsedChapter}>();

let diskCache: ParseCache | undefined;

/** Fills the cache for every source not parsed since it last changed, from disk where it can. */
async function parseAll(sources: readonly SourceFile[]): Promise<void> {
  const disk = (diskCache ??= new ParseCache());
  const misses: SourceFile[] = [];
  for (const source of sources) {
    if (cache.get(source.file)?.text === source.text) continue;
    const stored = disk.get(source);
    if (stored) cache.set(source.file, {text: source.text, parsed: stored});
    else misses.push(source);
  }
  const parsed = await parseChapters(misses);
  misses.forEach((source, i) => {
    cache.set(source.file, {text: source.text, parsed: parsed[i]!});
    disk.set(source, parsed[i]!);
  });
}

function parseCached(source: SourceFile): ParsedChapter {
  const hit = cache.get(source.file);
  if (hit && hit.text === source.text) return hit.parsed;
  const parsed = parseChapter(source);
  cache.set(source.file, {text: source.text, parsed});
  return parsed;
}

/**
 * What the manual folder holds: chapter files (`*.md`, except `_`-prefixed
 * drafts, as Docusaurus skips them), and a problem for a chapter in a
 * sub-folder and for anything that is not a chapter, the settings file or the glossary.
 * Symlinks are never followed: one could point the tools, and the built
 * site, at any file on the machine. Hidden files and folders (`.gitkeep`)
 * are left alone, as Docusaurus leaves them.
 */
export async function chapterFiles(root: string, dir: string): Promise<{files: string[]; problems: Problem[]}> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  const files: string[] = [];
  const problems: Problem[] = [];
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  for (const e of entries) {
    const file = path.join(e.parentPath, e.name);
    if (
      path
        .relative(dir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
      continue;
    if (e.isSymbolicLink()) {
      problems.push(
        problem(
          relative(file),
          {line: 1, col: 1},
          'FILE_SYMLINK',
          'this is a symbolic link, which the manual does not follow',
          'Put the chapter itself in the manual folder, not a link to it.',
        ),
      );
    } else if (e.isFile() && e.name.endsWith('.md') && e.parentPath !== dir) {
      // Still read, so that references to it resolve and only the one problem is reported.
      if (!e.name.startsWith('_')) files.push(file);
      problems.push(
        problem(
          relative(file),
          {line: 1, col: 1},
          'FOLDER_NOT_ALLOWED',
          'chapters sit directly in the manual folder, not in a sub-folder',
          `Move it to ${relative(path.join(dir, e.name))}; parts come from each chapter's \`part\`, not from folders.`,
        ),
      );
    } else if (e.isFile() && e.name.endsWith('.md')) {
      if (!e.name.startsWith('_')) files.push(file);
    } else if (e.isFile() && !((e.name === MANUAL_CONFIG || e.name === GLOSSARY_FILE) && e.parentPath === dir)) {
      problems.push(
        problem(
          relative(file),
          {line: 1, col: 1},
          'FILE_TYPE_NOT_ALLOWED',
          `\`${path.extname(e.name) || e.name}\` files are not part of the manual`,
          'Chapters are `.md` files (plain Markdown, not MDX); move other files out of the manual folder, pictures to `static/`.',
        ),
      );
    }
  }
  return {files: files.sort(), problems};
}

const execFileAsync = promisify(execFile);

/** There is no manual folder where one was expected: the command was run in the wrong place. */
export class ManualNotFoundError extends Error {
  constructor(readonly docsDir: string) {
    super(`no manual folder at ${docsDir}: run this in the site's folder, or give the manual's folder with --dir`);
  }
}

/** Fails in words when there is no manual folder, before anything reads or writes beside it. */
export async function assertManualFolder(root: string, docsDir: string): Promise<void> {
  if (!(await stat(path.resolve(root, docsDir)).catch(() => undefined))?.isDirectory()) throw new ManualNotFoundError(docsDir);
}

/** Reads every chapter, the settings file and the glossary, then builds the manual. */
export async function readManual({root, today, extra = [], parseHistory = false, ...siteOptions}: ReadOptions): Promise<LoadResult & {files: number}> {
  const {docsDir, historyDir, routeBasePath} = resolveOptions(siteOptions);
  const dir = path.resolve(root, docsDir);
  await assertManualFolder(root, docsDir);
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const configFile = path.join(dir, MANUAL_CONFIG);
  const glossaryFile = path.join(dir, GLOSSARY_FILE);
  const [config, glossary, {sources: chapters, problems: folderProblems}, history] = await Promise.all([
    readFile(configFile, 'utf8').catch(() => undefined),
    readFile(glossaryFile, 'utf8').catch(() => undefined),
    chapterFiles(root, dir).then(async (listing) => ({
      sources: await Promise.all(listing.files.map(async (file) => decode(relative(file), await readFile(file)))),
      problems: listing.problems,
    })),
    readHistory(root, historyDir),
  ]);
  if (config === undefined) {
    const file = relative(configFile);
    return {
      files: chapters.length,
      problems: [
        problem(
          file,
          {line: 1, col: 1},
          'MANUAL_CONFIG_INVALID',
          `${file} is missing or unreadable`,
          "Create it with the manual's title, board, description, parts and audiences (see the README).",
        ),
      ],
    };
  }
  const fileProblems = [...folderProblems, ...chapters.flatMap((c) => c.problems)];
  const texts = [...chapters.flatMap((c) => (c.source ? [c.source] : [])), ...extra];
  await parseAll(parseHistory && history ? [...texts, ...history.versions] : texts);
  const result = loadManual({file: relative(configFile), text: config}, texts, {
    parse: parseCached,
    today,
    routeBasePath,
    ...(history ? {history: {sources: history, hashOf: sha256}} : {}),
    ...(glossary !== undefined ? {glossary: {file: relative(glossaryFile), text: glossary}} : {}),
  });
  return {...result, files: chapters.length, problems: [...fileProblems, ...result.problems]};
}

/** The history folder's records and released files, or undefined before the first release. */
async function readHistory(root: string, historyDir: string): Promise<HistorySources | undefined> {
  const dir = path.resolve(root, historyDir);
  if (!existsSync(dir)) return undefined;
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  const read = async (file: string): Promise<SourceFile> => ({
    file: path.relative(root, file).split(path.sep).join('/'),
    text: await readFile(file, 'utf8'),
  });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const kind = (file: string) => historyFileKind(path.relative(dir, file).split(path.sep).join('/'));
  const records = await Promise.all(files.filter((f) => kind(f) === 'record').map(read));
  // Record names start with their date: the last is the head of the chain.
  const head = records
    .map((r) => r.file)
    .sort()
    .at(-1);
  const [journal, committedHead] = await Promise.all([readJournal(dir), head ? firstCommitted(root, head) : undefined]);
  return {
    dir: path.relative(root, dir).split(path.sep).join('/'),
    records,
    versions: await Promise.all(files.filter((f) => kind(f) === 'version').map(read)),
    ...(journal ? {interrupted: {file: path.relative(root, path.join(dir, JOURNAL_FILE)).split(path.sep).join('/'), ...journal}} : {}),
    ...(committedHead ? {committedHead} : {}),
  };
}

/**
 * A file as it was first committed to git, if the project is a git
 * repository and the file has been committed: the head of the release chain
 * is checked against it, since no later record holds its hash yet.
 */
async function firstCommitted(root: string, file: string): Promise<SourceFile | undefined> {
  try {
    const {stdout: added} = await execFileAsync('git', ['log', '--diff-filter=A', '--format=%H', '--', file], {cwd: root});
    const commit = added.trim().split('\n').at(-1);
    if (!commit) return undefined;
    const {stdout: text} = await execFileAsync('git', ['show', `${commit}:./${file}`], {cwd: root, maxBuffer: 16 * 1024 * 1024});
    return {file, text};
  } catch {
    // Not a git repository, or git is not installed: the head cannot be checked, and is not reported.
    return undefined;
  }
}

/**
 * Chapters must be UTF-8 text. A binary file is reported and skipped; bad
 * bytes are reported at their line, and the rest of the file still checked.
 */
function decode(file: string, bytes: Buffer): {source?: SourceFile; problems: Problem[]} {
  if (bytes.includes(0)) {
    return {
      problems: [
        problem(file, {line: 1, col: 1}, 'FILE_NOT_TEXT', 'this is not a text file', 'Chapters are Markdown text; move other files out of the manual folder.'),
      ],
    };
  }
  try {
    return {source: {file, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)}, problems: []};
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD')).split('\n');
    const at = {line: before.length, col: (before.at(-1)?.length ?? 0) + 1};
    return {
      source: {file, text},
      problems: [
        problem(
          file,
          at,
          'ENCODING_INVALID',
          'the file has bytes that are not UTF-8 text',
          'Save the file as UTF-8 in your editor and retype the character at this position.',
        ),
      ],
    };
  }
}
