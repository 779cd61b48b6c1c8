import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {newChapter} from '../../src/lib/new-chapter';
import {formatProblem} from '../../src/lib/problems';
import {readManual} from '../../src/node/read-manual-fs';
import {MANUAL_ARGS, manualOptions, parseOptions, todayOption, UsageError} from './usage';

/**
 * `procedures new`: writes <dir>/<id>.md at version 1, in force today. The
 * chapter is checked with the rest of the manual first, so a clash of number
 * or an unknown part is reported and nothing is written.
 */
export async function newChapterCommand(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    number: {type: 'string'},
    title: {type: 'string'},
    part: {type: 'string'},
    owner: {type: 'string'},
    audience: {type: 'string'},
    today: {type: 'string'},
  });
  const {number, title, part} = options;
  if (!number || !title || !part) throw new UsageError('new needs --number, --title and --part');
  const root = process.cwd();
  const folders = manualOptions(options);
  const {manual, history} = await readManual({root, ...folders});
  if (!manual) {
    process.stderr.write('The manual has errors that stop it loading: run `npm run check` and fix them first.\n');
    return 1;
  }
  const audience = options.audience?.split(',').map((a) => a.trim());
  const formerIds = history ? [...history.versions.keys()] : [];
  const {id, text} = newChapter(manual, {number, title, part, owner: options.owner, audience, today: todayOption(options.today)}, formerIds);
  // As readManual names files: relative to the project, with forward slashes.
  const file = path
    .relative(root, path.resolve(root, folders.docsDir, `${id}.md`))
    .split(path.sep)
    .join('/');
  if (existsSync(path.join(root, file))) throw new UsageError(`${file} already exists`);

  const trial = await readManual({root, ...folders, extra: [{file, text}]});
  const problems = trial.problems.filter((p) => p.file === file);
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('\nNothing was written.\n');
    return 1;
  }
  await mkdir(path.dirname(path.join(root, file)), {recursive: true});
  await writeFile(path.join(root, file), text, {flag: 'wx'});
  process.stdout.write(`Wrote ${file} (id ${id}, chapter ${number}). Write its sections, then run \`npm run check\`.\n`);
  return 0;
}
