import {existsSync} from 'node:fs';
import path from 'node:path';
import {isRealIsoDate, longDate} from '../../src/lib/dates';
import {loadHistory} from '../../src/lib/history/load-history';
import {planRelease, type ReleasePlan} from '../../src/lib/history/plan-release';
import {proposedRelease} from '../../src/lib/history/propose-release';
import type {ProceduresOptions} from '../../src/lib/options';
import {countBySeverity, formatProblem, sortProblems} from '../../src/lib/problems';
import {assertManualFolder, readManual, sha256} from '../../src/node/read-manual-fs';
import {recoverRelease, removeEmptyFolders, takeReleaseLock} from '../../src/node/release-guard-fs';
import {writeRelease} from '../../src/node/write-release-fs';
import {processTerminal, type Terminal} from './terminal';
import {isoDateOption, MANUAL_ARGS, manualOptions, parseOptions, todayOption, UsageError} from './usage';

/**
 * `procedures release --title "February 2009" --date 2009-02-01`: records
 * every chapter changed since the last release, all files or none. One
 * release runs at a time, and each first mends what a killed one left;
 * `--recover` does only that. In a terminal, with no title or date, it asks
 * for them, shows what the release would record and asks before writing.
 */
export async function release(args: string[], terminal: Terminal = processTerminal()): Promise<number> {
  try {
    return await releaseCommand(args, terminal);
  } finally {
    terminal.close();
  }
}

async function releaseCommand(args: string[], terminal: Terminal): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    title: {type: 'string'},
    date: {type: 'string'},
    'next-update': {type: 'string'},
    'dry-run': {type: 'boolean', default: false},
    recover: {type: 'boolean', default: false},
    today: {type: 'string'},
  });
  const root = process.cwd();
  const folders = manualOptions(options);
  await assertManualFolder(root, folders.docsDir);
  let request: ReleaseRequest = {title: options.title, date: options.date, nextUpdate: options['next-update']};
  const guided = !options.recover && (!request.title || !request.date);
  if (guided) {
    // A script or a pipe gets the usage at once; only a person at a terminal is asked.
    if (!terminal.interactive) throw new UsageError('release needs --title and --date (run it in a terminal to be asked for them)');
    request = await askForRelease(root, folders, terminal, request, todayOption(options.today));
  }
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
    const confirm = guided
      ? async () => /^y(es)?$/i.test((await terminal.ask('\nWrite this release? Type yes to write it, anything else to stop: ')).trim())
      : undefined;
    return await releaseLocked(root, folders, {
      title: request.title!,
      date: request.date!,
      nextUpdate: request.nextUpdate,
      dryRun: options['dry-run'],
      ...(confirm ? {confirm} : {}),
    });
  } finally {
    await unlock();
    if (!historyExisted) await removeEmptyFolders(historyRoot, root);
  }
}

/** The release itself, under the lock. */
async function releaseLocked(
  root: string,
  folders: ProceduresOptions,
  request: {title: string; date: string; nextUpdate: string | undefined; dryRun: boolean; confirm?: () => Promise<boolean>},
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
  if (request.confirm && !(await request.confirm())) {
    process.stdout.write('Nothing was released.\n');
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

type ReleaseRequest = {title?: string | undefined; date?: string | undefined; nextUpdate?: string | undefined};

/** The questions of a guided release, each with the answer proposed in brackets: Enter takes it. */
async function askForRelease(root: string, folders: ProceduresOptions, terminal: Terminal, given: ReleaseRequest, today: string): Promise<ReleaseRequest> {
  const {history} = await readManual({root, ...folders});
  const proposal = proposedRelease(history?.releases.at(-1), today);
  process.stdout.write('A release records every chapter changed since the last one. Press Enter to take the answer in brackets.\n\n');
  const date = given.date ?? (await askDate(terminal, `Date the release comes into force (YYYY-MM-DD) [${proposal.date}]: `, proposal.date));
  const title = given.title ?? ((await terminal.ask(`Title [${proposal.title(date!)}]: `)).trim() || proposal.title(date!));
  const nextUpdate = given.nextUpdate ?? (await askDate(terminal, 'Date of the next planned update (YYYY-MM-DD), or Enter for none: ', undefined));
  process.stdout.write('\n');
  return {title, date, nextUpdate};
}

async function askDate(terminal: Terminal, question: string, proposal: string | undefined): Promise<string | undefined> {
  for (;;) {
    const answer = (await terminal.ask(question)).trim();
    if (!answer) return proposal;
    if (isRealIsoDate(answer)) return answer;
    process.stdout.write(`"${answer}" is not a date written YYYY-MM-DD, such as 2009-06-01.\n`);
  }
}
