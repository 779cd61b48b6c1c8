import {existsSync} from 'node:fs';
import {mkdir, readdir, rename, rm, rmdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {ReleasePlan} from '../lib/history/plan-release';

/** A release stopped before it was complete: everything it wrote has been taken back. */
export class ReleaseAbandonedError extends Error {}

export interface WriteOptions {
  /** Called before each file is moved into place; tests throw from it to prove rollback. */
  beforeMove?: (index: number, file: string) => void;
}

/**
 * Writes a release all or nothing. Every file is first written to a staging
 * folder beside the history; then each is renamed into place, the release
 * record last, so a release without its record is never visible as complete.
 * Any failure — or Ctrl-C — moves back what was moved and removes the
 * staging folder, leaving the tree as it was.
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
    for (const [i, {file}] of files.entries()) {
      if (interrupted) throw new ReleaseAbandonedError('the release was interrupted');
      options.beforeMove?.(i, file);
      const target = path.join(root, file);
      await mkdir(path.dirname(target), {recursive: true});
      await rename(path.join(staging, String(i)), target);
      moved.push(target);
    }
    return files.map((f) => f.file);
  } catch (error) {
    for (const target of moved.reverse()) {
      await rm(target, {force: true});
      await removeIfEmpty(path.dirname(target), historyRoot);
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await rm(staging, {recursive: true, force: true});
    if (!historyExisted) await removeIfEmpty(historyRoot, root);
  }
}

/** Removes `dir` and its empty parents up to (not including) `stop`. */
async function removeIfEmpty(dir: string, stop: string): Promise<void> {
  while (dir.startsWith(stop) && dir !== stop && existsSync(dir) && (await readdir(dir)).length === 0) {
    await rmdir(dir);
    dir = path.dirname(dir);
  }
}
