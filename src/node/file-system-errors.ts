import path from 'node:path';

/** An error from the file system, as Node raises it: a code and usually the path it concerns. */
export type FileSystemError = NodeJS.ErrnoException & {code: string};

const IN_WORDS: Record<string, string> = {
  ENOENT: 'there is no such file or folder',
  ENOTDIR: 'a folder was expected but this is a file',
  EISDIR: 'a file was expected but this is a folder',
  EACCES: 'permission denied: this user may not read or change it',
  EPERM: 'permission denied: this user may not read or change it',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'it already exists',
  EMFILE: 'too many files are open; try again',
  EBUSY: 'it is in use by another program; try again',
};

export function isFileSystemError(error: unknown): error is FileSystemError {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code! in IN_WORDS;
}

/** One line an editor can act on: "history/x/v2.md: the disk is full". */
export function describeFileSystemError(error: FileSystemError): string {
  const where = error.path ? `${path.relative(process.cwd(), error.path) || '.'}: ` : '';
  return `${where}${IN_WORDS[error.code]}`;
}
