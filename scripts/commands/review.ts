import {longDate} from '../../src/lib/dates';
import {reviewsDue} from '../../src/lib/review-due';
import {readManual} from '../../src/node/read-manual-fs';
import {MANUAL_ARGS, manualOptions, parseOptions, todayOption, UsageError} from './usage';

/** `procedures review`: chapters overdue or due for review within N days, for the board's planning. */
export async function review(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    within: {type: 'string', default: '90'},
    json: {type: 'boolean', default: false},
    today: {type: 'string'},
  });
  const within = Number(options.within);
  if (!Number.isInteger(within) || within < 0) throw new UsageError(`--within must be a whole number of days, not "${options.within}"`);
  const today = todayOption(options.today);
  const {manual} = await readManual({root: process.cwd(), ...manualOptions(options)});
  if (!manual) {
    process.stderr.write('The manual has errors that stop it loading: run `npm run check` and fix them first.\n');
    return 1;
  }
  const due = reviewsDue(manual, today, within);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(due, null, 2)}\n`);
    return 0;
  }
  if (due.length === 0) {
    process.stdout.write(`No chapter is overdue or due for review in the next ${within} days.\n`);
    return 0;
  }
  const partTitle = new Map(manual.config.parts.map((p) => [p.id, `Part ${p.number}`]));
  for (const d of due) {
    const when = d.days < 0 ? `overdue by ${-d.days} days` : d.days === 0 ? 'due today' : `due in ${d.days} days`;
    process.stdout.write(`${d.number.padEnd(6)} ${d.title}\n       ${longDate(d.review)} (${when}) · ${d.owner} · ${partTitle.get(d.part)}\n`);
  }
  process.stdout.write(`\n${due.length} chapter${due.length === 1 ? '' : 's'} to review.\n`);
  return 0;
}
