import {parseArgs, type ParseArgsConfig} from 'node:util';
import {isRealIsoDate} from '../../src/lib/dates';
import {resolveOptions, type ProceduresOptions} from '../../src/lib/options';
import {siteOptions} from '../../src/node/site-options-fs';

/** A mistake in how the command was called: printed with the help, exit code 2. */
export class UsageError extends Error {}

/** `parseArgs`, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  return parseCommand(args, options, false).values;
}

/** Options and positional arguments (`diff <id> <from> <to>`). */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({args, options, strict: true, allowPositionals});
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A date option, checked: YYYY-MM-DD. */
export function isoDateOption(name: string, value: string): string {
  if (!isRealIsoDate(value)) throw new UsageError(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** `--today`, or the date today in UTC. */
export function todayOption(value: string | undefined): string {
  return value === undefined ? new Date().toISOString().slice(0, 10) : isoDateOption('--today', value);
}

/** `--dir` and `--history`, taken by every command that reads the manual. */
export const MANUAL_ARGS = {dir: {type: 'string'}, history: {type: 'string'}} as const;

/**
 * The site's options (see docusaurus.config.ts), with the manual folder and
 * its history from the command line where given: `--dir` alone puts the
 * history beside that folder.
 */
export function manualOptions({dir, history}: {dir?: string; history?: string}): ProceduresOptions {
  const site = siteOptions(process.cwd());
  const docsDir = dir ?? site.docsDir;
  return resolveOptions({...site, docsDir, historyDir: history ?? (dir === undefined ? site.historyDir : undefined)});
}
