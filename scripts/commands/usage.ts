import {parseArgs, type ParseArgsConfig} from 'node:util';
import {isRealIsoDate} from '../../src/lib/schema';

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
