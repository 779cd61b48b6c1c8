import {existsSync} from 'node:fs';
import path from 'node:path';
import {longDate} from '../../src/lib/dates';
import {loadHistory} from '../../src/lib/history/load-history';
import {planRelease, type ReleasePlan} from '../../src/lib/history/plan-release';
import type {ProceduresOptions} from '../../src/lib/options';
import {countBySeverity, formatProblem, sortProblems} from '../../src/lib/problems';
import {assertManualFolder, readManual, sha256} from '../../src/node/read-manual-fs';
import {recoverRelease, removeEmptyFolders, takeReleaseLock} from '../../src/node/release-guard-fs';
import {writeRelease} from '../../src/node/write-release-fs';
import {isoDateOption, MANUAL_ARGS, manualOptions, parseOptions, UsageError} from './usage';

/**
 * `procedures release --title "February 2009" --date 2009-02-01`: records
 * every chapter changed since the last release, all files or none. One
 * release runs at a time, and each first mends what a killed one left;
 * `--recover` does only that.
 */
export async function release(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    title: {type: 'string'},
    date: {type: 'string'},
    'next-update': {type: 'string'},
    'dry-run': {type: 'boolean', default: false},
    recover: {type: 'boolean', default: false},
  });
  if (!options.recover && (!options.title || !options.date)) throw new UsageError('release needs --title and --date');
  const root = process.cwd();
  const folders = manualOptions(options);
  await assertManualFolder(root, folders.docsDir);
  const historyRoot = path.join(root, folders.historyDir);
  const historyExisted = existsSync(historyRoot);
  const unlock = await takeReleaseLock(historyRoot);
  try {
    const recovered = await recoverRelease(root, historyRoot);
    if (recovered) process.stdout.write(`${recovered}\n`);
    if (options.recover) {
      if (!recovered) process.stdout.write('Nothing to recover: no release was interrupted.\n');
      return 0;
    }
    return await releaseLocked(root, folders, {title: options.title!, date: options.date!, nextUpdate: options['next-update'], dryRun: options['dry-run']});
  } finally {
    await unlock();
    if (!historyExisted) await removeEmptyFolders(historyRoot, root);
  }
}

/** The release itself, under the lock. */
async function releaseLocked(
  root: string,
  folders: ProceduresOptions,
  request: {title: string; date: string; nextUpdate: string | undefined; dryRun: boolean},
): Promise<number> {
  const date = isoDateOption('--date', request.date);
  const nextUpdate = request.nextUpdate === undefined ? undefined : isoDateOption('--next-update', request.nextUpdate);
  const {historyDir} = folders;
  const result = await readManual({root, ...folders});
  if (!result.manual || countBySeverity(result.problems).errors > 0) {
    for (const p of sortProblems(result.problems)) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('\nThe manual has errors: fix them (npm run check) before releasing. Nothing was released.\n');
    return 1;
  }
  const history = result.history ?? loadHistory({dir: historyDir, records: [], versions: []}, sha256);
  const plan = planRelease(result.manual, history, {title: request.title, date, ...(nextUpdate ? {nextUpdate} : {})}, sha256, historyDir);
  if (plan.problems.length > 0) {
    for (const p of sortProblems(plan.problems)) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('\nNothing was released.\n');
    return 1;
  }
  if (plan.entries.length === 0) {
    const last = history.releases.at(-1);
    process.stderr.write(`Nothing has changed since ${last ? `the ${last.title} release` : 'the manual began'}: nothing to release.\n`);
    return 1;
  }
  process.stdout.write(describePlan(plan));
  if (request.dryRun) {
    process.stdout.write('\nDry run: nothing was written.\n');
    return 0;
  }
  const written = await writeRelease(root, historyDir, plan);
  process.stdout.write(`\nReleased: wrote ${written.length} files, the record last (${plan.record.file}).\n`);
  return 0;
}

function describePlan(plan: ReleasePlan): string {
  const lines = [`Release "${plan.request.title}", ${longDate(plan.request.date)}:`, ''];
  for (const e of plan.entries) {
    if (e.status === 'withdrawn') {
      lines.push(`  withdrawn  ${e.last.number} ${e.last.title}${e.replacedBy ? ` (replaced by ${e.replacedBy})` : ''}`);
      continue;
    }
    lines.push(`  ${e.status.padEnd(9)}  ${e.chapter.number} ${e.chapter.title}, version ${e.chapter.version}`);
    if (e.chapter.change) lines.push(`             change note: ${e.chapter.change}`);
    if (e.draftedNote) lines.push(`             drafted from the changes: ${e.draftedNote}`);
  }
  return `${lines.join('\n')}\n`;
}
