import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {dataPaths} from '../../src/lib/data/addresses';
import {verifyPublished, type ReadPublished} from '../../src/lib/data/verify-published';
import {sha256} from '../../src/node/read-manual-fs';
import {parseCommand, UsageError} from './usage';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** The copy to check cannot be read: a network failure or a server error, not a mismatch. */
export class CopyUnreadableError extends Error {}

/**
 * `procedures verify <site-address or build folder>`: checks a published copy
 * of the manual against its hash chain, as anyone outside the board can.
 * Exits 0 only when every released file and record matches.
 */
export async function verify(args: string[]): Promise<number> {
  const {values: options, positionals} = parseCommand(args, {head: {type: 'string'}});
  const [where] = positionals;
  if (!where || positionals.length > 1) throw new UsageError('verify needs one site address or build folder, such as: verify https://procedures.example.org');
  if (options.head !== undefined && !/^[0-9a-f]{64}$/.test(options.head)) throw new UsageError('--head must be a SHA-256 hash: 64 characters 0-9 and a-f');
  const {read, addressOf} = /^https?:\/\//.test(where) ? fromSite(where) : await fromFolder(where);

  const result = await verifyPublished(read, sha256);
  const lines = result.problems.map((p) => `${addressOf(p.file)}  ${p.code}  ${p.message}`);
  const {head} = result;
  if (options.head !== undefined && head?.sha256 !== options.head) {
    lines.push(
      head
        ? `${addressOf(head.record)}  PUBLISHED_MISMATCH  the latest release (${head.title}) has the record hash ${head.sha256}, not the ${options.head} given`
        : `${addressOf(dataPaths.index)}  PUBLISHED_MISMATCH  this copy lists no releases, so none has the hash ${options.head}`,
    );
  }
  if (lines.length > 0) {
    print(`${lines.join('\n')}\n\n${lines.length === 1 ? '1 problem' : `${lines.length} problems`}: this copy does not match its hash chain.`);
    return 1;
  }
  // A copy with no release has a problem, so there is a head here. Without --head nothing outside the copy
  // anchors it: a copy cut short after an earlier release would end there and pass.
  const ends = `It ends at ${head!.title} (${head!.date}), whose record's SHA-256 is ${head!.sha256}`;
  print(
    `Checked ${result.releases} releases and ${result.versions} released files: the records, the released files and the data agree with the hash chain. ` +
      (options.head === undefined
        ? `${ends}. Compare that with the hash the board gives, or give it with --head: a copy cut short would end at an earlier release.`
        : `${ends}, the hash given.`),
  );
  return 0;
}

/** Titles in the output come from the copy being checked: none of their control characters reaches the terminal. */
function print(text: string): void {
  process.stdout.write(`${text.replace(CONTROL, '')}\n`);
}

// A server that stalls, or sends without end, must not hold the check for ever.
const TIMEOUT_MS = 30_000;

function fromSite(address: string): {read: ReadPublished; addressOf: (file: string) => string} {
  let base: URL;
  try {
    base = new URL(address.endsWith('/') ? address : `${address}/`);
  } catch {
    throw new UsageError(`${address} is not a web address`);
  }
  const addressOf = (file: string) => new URL(file, base).href;
  const read: ReadPublished = async (file) => {
    try {
      const response = await fetch(addressOf(file), {redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS)});
      if (response.status === 404) return undefined;
      if (!response.ok) throw new CopyUnreadableError(`${addressOf(file)} answered ${response.status} ${response.statusText}`.replace(CONTROL, ''));
      return await response.text();
    } catch (error) {
      if (error instanceof CopyUnreadableError) throw error;
      const reason = (error as Error & {cause?: Error}).cause?.message ?? (error as Error).message;
      throw new CopyUnreadableError(`cannot read ${addressOf(file)}: ${reason}`.replace(CONTROL, ''));
    }
  };
  return {read, addressOf};
}

async function fromFolder(folder: string): Promise<{read: ReadPublished; addressOf: (file: string) => string}> {
  const isFolder = await stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new UsageError(`${folder} is neither a folder nor an http(s):// address`);
  const root = path.resolve(folder);
  const addressOf = (file: string) => path.join(folder, file);
  const read: ReadPublished = async (file) => {
    // Paths come from the copy being checked: none may lead out of its folder.
    if (!path.resolve(root, file).startsWith(`${root}${path.sep}`)) return undefined;
    return readFile(addressOf(file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
  };
  return {read, addressOf};
}
