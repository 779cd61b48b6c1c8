import GithubSlugger from 'github-slugger';

/**
 * How the history folder is laid out, in one place:
 *
 *     <dir>/releases/2009-02-01-february-2009.yml   one record a release
 *     <dir>/child-abuse-and-ict/v2.md               each released version
 */
const RELEASES_DIR = 'releases';

/** Where a released version is kept: `history/child-abuse-and-ict/v2.md`. */
export function versionFile(dir: string, id: string, version: number): string {
  return `${dir}/${id}/v${version}.md`;
}

/** Where a release's record is kept: `history/releases/2009-02-01-february-2009.yml`. */
export function releaseRecordFile(dir: string, date: string, title: string): string {
  return `${dir}/${RELEASES_DIR}/${date}-${GithubSlugger.slug(title)}.yml`;
}

/** What a file in the history folder holds, from its path below that folder (`/`-separated). */
export function historyFileKind(pathInHistory: string): 'record' | 'version' | 'other' {
  const parts = pathInHistory.split('/');
  if (parts.length === 2 && parts[0] === RELEASES_DIR && parts[1]!.endsWith('.yml')) return 'record';
  if (parts[0] !== RELEASES_DIR && pathInHistory.endsWith('.md')) return 'version';
  return 'other';
}
