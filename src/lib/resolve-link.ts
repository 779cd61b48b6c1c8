/** What an inline link in a chapter refers to. */
export type ResolvedLink =
  | {kind: 'same-chapter'; anchor: string}
  /**
   * A chapter by file (`referrals.md#…`) or by id (`referrals#…`). `target`
   * is the file path or id it names; `id` is undefined when no chapter matches.
   */
  | {kind: 'chapter'; id?: string; target: string; written: string; anchor?: string}
  /** External addresses and site paths: Docusaurus checks the latter. */
  | {kind: 'other'};

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves `url` written in `fromFile` against the manual's files. Relative
 * paths resolve as in Docusaurus, so `../docs/referrals.md` works too.
 */
export function resolveLink(url: string, fromFile: string, idByFile: ReadonlyMap<string, string>, ids: ReadonlySet<string>): ResolvedLink {
  if (url.startsWith('#')) return {kind: 'same-chapter', anchor: decode(url.slice(1))};
  if (SCHEME.test(url) || url.startsWith('/') || url === '') return {kind: 'other'};
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const anchor = hash === -1 ? undefined : decode(url.slice(hash + 1));
  const chapter = (id: string | undefined, target: string) => ({kind: 'chapter' as const, id, target, written: path, ...(anchor ? {anchor} : {})});
  const resolved = joinPath(fromFile, decode(path));
  if (path.endsWith('.md')) return chapter(idByFile.get(resolved), resolved);
  const id = resolved.split('/').at(-1) ?? '';
  return chapter(ids.has(id) ? id : undefined, id);
}

/** `path` relative to the folder of `fromFile`, with `.` and `..` resolved. */
function joinPath(fromFile: string, path: string): string {
  const segments = fromFile.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
