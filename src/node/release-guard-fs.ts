import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, rename, rm, rmdir, writeFile} from 'node:fs/promises';
import path from 'node:path';

/**
 * What keeps the history whole when releases run at once or are killed:
 *
 * - a lock file, so only one release runs at a time (a second is refused in
 *   words, and a lock left by a killed process is taken over);
 * - a journal, written before the first released file is moved into place
 *   and removed after the record, naming every file the release will move.
 *
 * A release killed at any instant therefore leaves either nothing, staging
 * folders (removed), or a journal whose files are taken back by `recover`,
 * which every release runs first and `release --recover` runs alone.
 */
const LOCK_FILE = '.release.lock';
export const JOURNAL_FILE = '.release-journal.json';
const STAGING_PREFIX = '.staging-';

/** Another release holds the lock, or a stale lock could not be cleared. */
export class ReleaseLockedError extends Error {}

export interface Journal {
  /** The release record, moved last: when it is in place, the release is complete. */
  record: string;
  /** Every file the release moves into place, relative to the project, record last. */
  files: string[];
}

/** True while the process that wrote a lock is still running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the release lock in `historyRoot`, or refuses while a running release holds it. Returns the function that gives it back. */
export async function takeReleaseLock(historyRoot: string): Promise<() => Promise<void>> {
  await mkdir(historyRoot, {recursive: true}).catch((error: NodeJS.ErrnoException) => {
    // A file where the history folder belongs: say so, not that something "already exists".
    throw error.code === 'EEXIST' ? Object.assign(new Error(`${historyRoot} is not a folder`), {code: 'ENOTDIR', path: historyRoot}) : error;
  });
  const lock = path.join(historyRoot, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, {flag: 'wx'});
      return () => rm(lock, {force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (holder && isRunning(holder)) {
        throw new ReleaseLockedError(`another release is running (process ${holder}): wait for it to finish, then try again`);
      }
      // Left by a release that was killed: take it over.
      await rm(lock, {force: true});
    }
  }
  throw new ReleaseLockedError(`could not take the release lock ${path.relative(process.cwd(), lock)}`);
}

/** Writes the journal atomically: a half-written journal would be worse than none. */
export async function writeJournal(historyRoot: string, journal: Journal): Promise<void> {
  const file = path.join(historyRoot, JOURNAL_FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(journal, null, 2));
  await rename(`${file}.tmp`, file);
}

export async function removeJournal(historyRoot: string): Promise<void> {
  await rm(path.join(historyRoot, JOURNAL_FILE), {force: true});
  await rm(path.join(historyRoot, `${JOURNAL_FILE}.tmp`), {force: true});
}

export async function readJournal(historyRoot: string): Promise<Journal | undefined> {
  const text = await readFile(path.join(historyRoot, JOURNAL_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Journal;
  } catch {
    return undefined;
  }
}

/**
 * Mends what a killed release left, under the lock: removes staging folders,
 * and either completes an interrupted release whose record is in place (only
 * its journal remains) or takes back the files it moved. Returns a line for
 * the editor, or undefined when there was nothing to mend.
 */
export async function recoverRelease(root: string, historyRoot: string): Promise<string | undefined> {
  if (!existsSync(historyRoot)) return undefined;
  const notes: string[] = [];
  const staging = (await readdir(historyRoot)).filter((name) => name.startsWith(STAGING_PREFIX));
  for (const name of staging) await rm(path.join(historyRoot, name), {recursive: true, force: true});
  if (staging.length > 0) notes.push(`removed ${staging.length} unfinished staging folder${staging.length === 1 ? '' : 's'}`);
  const journal = await readJournal(historyRoot);
  if (journal) {
    if (existsSync(path.join(root, journal.record))) {
      notes.push(`completed the release recorded in ${journal.record}`);
    } else {
      let removed = 0;
      for (const file of journal.files) {
        const target = path.join(root, file);
        if (!existsSync(target)) continue;
        await rm(target, {force: true});
        await removeEmptyFolders(path.dirname(target), historyRoot);
        removed++;
      }
      notes.push(`took back ${removed} file${removed === 1 ? '' : 's'} written by a release that was interrupted`);
    }
    await removeJournal(historyRoot);
  } else {
    await rm(path.join(historyRoot, `${JOURNAL_FILE}.tmp`), {force: true});
  }
  return notes.length > 0 ? `Recovered: ${notes.join('; ')}.` : undefined;
}

/** Removes `dir` and its empty parents up to (not including) `stop`. */
export async function removeEmptyFolders(dir: string, stop: string): Promise<void> {
  while (dir.startsWith(stop) && dir !== stop && existsSync(dir) && (await readdir(dir)).length === 0) {
    await rmdir(dir);
    dir = path.dirname(dir);
  }
}
