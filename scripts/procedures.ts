import type * as Check from './commands/check';
import type * as Diff from './commands/diff';
import type * as Edit from './commands/edit';
import type * as EditorFileServer from '../src/node/editor-file-server';
import type * as New from './commands/new';
import type * as Pdf from './commands/pdf';
import type * as Release from './commands/release';
import type * as Review from './commands/review';
import type * as Search from './commands/search';
import type * as Verify from './commands/verify';
import {NoAnswerError} from './commands/terminal';
import {UsageError} from './commands/usage';
import {describeFileSystemError, isFileSystemError} from '../src/node/file-system-errors';
import {CannotPrintError} from '../src/node/print-errors';
import {ManualNotFoundError} from '../src/node/read-manual-fs';
import {ReleaseLockedError} from '../src/node/release-guard-fs';
import {ReleaseAbandonedError} from '../src/node/write-release-fs';

/**
 * Each command's code loads only when it runs, so a `search` or `diff` does
 * not wait for the editor's server or the PDF printer to load. tsx compiles
 * the command line as CommonJS, where require() is what it hooks (import()
 * would go around it).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(file: string): T => require(file) as T;

const COMMANDS: Record<string, () => (args: string[]) => Promise<number>> = {
  check: () => load<typeof Check>('./commands/check').check,
  new: () => load<typeof New>('./commands/new').newChapterCommand,
  review: () => load<typeof Review>('./commands/review').review,
  release: () => load<typeof Release>('./commands/release').release,
  diff: () => load<typeof Diff>('./commands/diff').diff,
  search: () => load<typeof Search>('./commands/search').search,
  pdf: () => load<typeof Pdf>('./commands/pdf').pdf,
  verify: () => load<typeof Verify>('./commands/verify').verify,
  edit: () => load<typeof Edit>('./commands/edit').edit,
};

/** Errors that say in one line what is wrong; the classes of those a command throws are loaded once it has thrown. */
function isPlainError(error: unknown): error is Error {
  return (
    error instanceof ManualNotFoundError ||
    error instanceof CannotPrintError ||
    error instanceof load<typeof Verify>('./commands/verify').CopyUnreadableError ||
    error instanceof load<typeof EditorFileServer>('../src/node/editor-file-server').PortInUseError
  );
}

const HELP = `Usage: procedures <command> [options]

Commands:
  check    validate the whole manual: frontmatter, cross-references, anchors
           [--format text|json] [--today YYYY-MM-DD]
  new      write a new chapter that passes check
           --number 4.5 --title "…" --part PART [--owner "…"] [--audience a,b]
  review   list chapters overdue or due for review
           [--within DAYS] [--json] [--today YYYY-MM-DD]
  release  record the chapters changed since the last release, all files or none
           --title "February 2009" --date YYYY-MM-DD [--next-update YYYY-MM-DD] [--dry-run]
           (in a terminal, without --title or --date: asks, shows the release, asks before writing)
           --recover   only mend what an interrupted release left
  diff     compare two versions of a chapter, section by section
           <id> <from> <to> [--json]   (versions are numbers, or "current")
  search   find sections as practitioners will, with the site's search index
           "<query>" [--part PART] [--audience AUDIENCE] [--since YYYY-MM-DD]
           [--past] [--limit N] [--json]
  pdf      the whole manual as in force on a date, as one PDF, from the built site
           --date YYYY-MM-DD | --release "February 2009" [--include-prospective]
           [--out FILE] [--build FOLDER]
  verify   check a published copy of the manual against its hash chain
           <site address or build folder> [--head SHA-256]
  edit     the site and its web editor (/admin/) together; Ctrl-C stops both
           [--port 3000]

Every command but verify reads the manual the site is built from (docusaurus.config.ts);
--dir PATH reads another manual folder, --history PATH another history folder.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command()(args);
}

// `procedures check | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Bad usage, a missing manual or a refusing disk gets one clear line; only a bug in our code shows a stack.
    if (error instanceof UsageError) {
      process.stderr.write(`procedures: ${error.message}\n\n${HELP}`);
      process.exitCode = 2;
    } else if (isPlainError(error)) {
      process.stderr.write(`procedures: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof NoAnswerError) {
      process.stderr.write(`\nprocedures: ${error.message}; nothing was written.\n`);
      process.exitCode = 1;
    } else if (error instanceof ReleaseLockedError || error instanceof ReleaseAbandonedError) {
      process.stderr.write(`procedures: ${error.message}; nothing was released.\n`);
      process.exitCode = 1;
    } else if (isFileSystemError(error)) {
      process.stderr.write(`procedures: ${describeFileSystemError(error)}\n`);
      process.exitCode = 1;
    } else throw error;
  },
);
