import {longDate} from '../../src/lib/dates';
import {loadHistory} from '../../src/lib/history/load-history';
import {planRelease, type ReleasePlan} from '../../src/lib/history/plan-release';
import {countBySeverity, formatProblem, sortProblems} from '../../src/lib/problems';
import {readManual, sha256} from '../../src/node/read-manual-fs';
import {writeRelease} from '../../src/node/write-release-fs';
import {isoDateOption, MANUAL_ARGS, manualOptions, parseOptions, UsageError} from './usage';

/**
 * `procedures release --title "February 2009" --date 2009-02-01`: records
 * every chapter changed since the last release, all files or none.
 */
export async function release(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    title: {type: 'string'},
    date: {type: 'string'},
    'next-update': {type: 'string'},
    'dry-run': {type: 'boolean', default: false},
  });
  if (!options.title || !options.date) throw new UsageError('release needs --title and --date');
  const date = isoDateOption('--date', options.date);
  const nextUpdate = options['next-update'] === undefined ? undefined : isoDateOption('--next-update', options['next-update']);
  const root = process.cwd();
  const folders = manualOptions(options);
  const {historyDir} = folders;
  const result = await readManual({root, ...folders});
  if (!result.manual || countBySeverity(result.problems).errors > 0) {
    for (const p of sortProblems(result.problems)) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('\nThe manual has errors: fix them (npm run check) before releasing. Nothing was released.\n');
    return 1;
  }
  const history = result.history ?? loadHistory({dir: historyDir, records: [], versions: []}, sha256);
  const plan = planRelease(result.manual, history, {title: options.title, date, ...(nextUpdate ? {nextUpdate} : {})}, sha256, historyDir);
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
  if (options['dry-run']) {
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
