import {parseArgs, type ParseArgsConfig} from 'node:util';

/** A mistake in how the command was called: printed with the help, exit code 2. */
export class UsageError extends Error {}

/** `parseArgs`, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({args, options, strict: true, allowPositionals: false}).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `--today`, or the date today in UTC. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!ISO_DATE.test(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}
