import {check} from './commands/check';
import {diff} from './commands/diff';
import {edit} from './commands/edit';
import {PortInUseError} from '../src/node/editor-file-server';
import {newChapterCommand} from './commands/new';
import {pdf} from './commands/pdf';
import {release} from './commands/release';
import {review} from './commands/review';
import {search} from './commands/search';
import {NoAnswerError} from './commands/terminal';
import {UsageError} from './commands/usage';
import {CopyUnreadableError, verify} from './commands/verify';
import {describeFileSystemError, isFileSystemError} from '../src/node/file-system-errors';
import {CannotPrintError} from '../src/node/print-errors';
import {ManualNotFoundError} from '../src/node/read-manual-fs';
import {ReleaseLockedError} from '../src/node/release-guard-fs';
import {ReleaseAbandonedError} from '../src/node/write-release-fs';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  check,
  new: newChapterCommand,
  review,
  release,
  diff,
  search,
  pdf,
  verify,
  edit,
};

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
  return command(args);
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
    } else if (
      error instanceof ManualNotFoundError ||
      error instanceof CopyUnreadableError ||
      error instanceof CannotPrintError ||
      error instanceof PortInUseError
    ) {
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
