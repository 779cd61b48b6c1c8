import {formatProblem, countBySeverity, sortProblems, summarise} from '../../src/lib/problems';
import {readManual} from '../../src/node/read-manual-fs';
import {MANUAL_ARGS, manualOptions, parseOptions, todayOption, UsageError} from './usage';

/** `procedures check`: every problem in the manual, one line each, then a summary. Exit 1 on errors. */
export async function check(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    format: {type: 'string', default: 'text'},
    today: {type: 'string'},
  });
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json, not "${options.format}"`);
  const result = await readManual({root: process.cwd(), ...manualOptions(options), today: todayOption(options.today)});
  const problems = sortProblems(result.problems);
  const {errors, warnings} = countBySeverity(problems);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({chapters: result.files, errors, warnings, problems}, null, 2)}\n`);
  } else {
    for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
    process.stdout.write(`${problems.length > 0 ? '\n' : ''}${summarise(problems, result.files)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
