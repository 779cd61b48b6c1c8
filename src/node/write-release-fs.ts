import {existsSync} from 'node:fs';
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {ReleasePlan} from '../lib/history/plan-release';
import {removeEmptyFolders, removeJournal, writeJournal} from './release-guard-fs';

/** A release stopped before it was complete: everything it wrote has been taken back. */
export class ReleaseAbandonedError extends Error {}

export interface WriteOptions {
  /** Called before each file is moved into place; tests throw from it to prove rollback. */
  beforeMove?: (index: number, file: string) => void;
}

/**
 * Writes a release all or nothing. Every file is first written to a staging
 * folder beside the history; a journal then names every file about to be
 * moved; each is renamed into place, the release record last, so a release
 * without its record is never visible as complete; then the journal goes.
 * Any failure — or Ctrl-C — moves back what was moved and removes the
 * staging folder, leaving the tree as it was; a kill leaves the journal, from
 * which the next release (or `release --recover`) takes the files back. The
 * caller holds the release lock (see release-guard-fs.ts).
 */
export async function writeRelease(root: string, historyDir: string, plan: ReleasePlan, options: WriteOptions = {}): Promise<string[]> {
  const files = [...plan.entries.flatMap((e) => (e.status === 'withdrawn' ? [] : [{file: e.file, text: e.chapter.text}])), plan.record];
  for (const {file} of files) {
    if (existsSync(path.join(root, file))) throw new ReleaseAbandonedError(`${file} already exists, and released files are never overwritten`);
  }
  const historyRoot = path.join(root, historyDir);
  const historyExisted = existsSync(historyRoot);
  const staging = path.join(historyRoot, `.staging-${process.pid}`);
  const moved: string[] = [];
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    for (const [i, {text}] of files.entries()) {
      await mkdir(staging, {recursive: true});
      await writeFile(path.join(staging, String(i)), text, {flag: 'wx'});
    }
    await writeJournal(historyRoot, {record: plan.record.file, files: files.map((f) => f.file)});
    for (const [i, {file}] of files.entries()) {
      if (interrupted) throw new ReleaseAbandonedError('the release was interrupted');
      options.beforeMove?.(i, file);
      const target = path.join(root, file);
      await mkdir(path.dirname(target), {recursive: true});
      await rename(path.join(staging, String(i)), target);
      moved.push(target);
    }
    await removeJournal(historyRoot);
    return files.map((f) => f.file);
  } catch (error) {
    for (const target of moved.reverse()) {
      await rm(target, {force: true});
      await removeEmptyFolders(path.dirname(target), historyRoot);
    }
    await removeJournal(historyRoot);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await rm(staging, {recursive: true, force: true});
    if (!historyExisted) await removeEmptyFolders(historyRoot, root);
  }
}
