/** What an inline link in a chapter refers to. */
export type ResolvedLink =
  | {kind: 'same-chapter'; anchor: string}
  /**
   * A chapter by file (`referrals.md#…`), by id (`referrals#…`) or by its
   * address (`/procedures/referrals`); with `version`, one released version
   * (`referrals/v1`). `target` is the file path or id written; `id` is
   * undefined when no chapter matches.
   */
  | {kind: 'chapter'; id?: string; target: string; written: string; anchor?: string; version?: number}
  /** External addresses and other site pages: Docusaurus checks the latter. */
  | {kind: 'other'};

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const VERSION_SEGMENT = /^v(\d+)$/;

export interface LinkContext {
  fromFile: string;
  idByFile: ReadonlyMap<string, string>;
  ids: ReadonlySet<string>;
  /** Where chapters are served, such as `procedures` for /procedures/<id>. */
  routeBasePath: string;
}

/**
 * Resolves `url` written in `fromFile` against the manual's files. Relative
 * paths resolve as in Docusaurus, so `../docs/referrals.md` works too.
 */
export function resolveLink(url: string, {fromFile, idByFile, ids, routeBasePath}: LinkContext): ResolvedLink {
  if (url.startsWith('#')) return {kind: 'same-chapter', anchor: decodeOrKeep(url.slice(1))};
  if (SCHEME.test(url) || url === '') return {kind: 'other'};
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const anchor = hash === -1 ? undefined : decodeOrKeep(url.slice(hash + 1));
  const chapter = (id: string | undefined, target: string, version?: number): ResolvedLink => ({
    kind: 'chapter',
    id,
    target,
    written: path,
    ...(anchor ? {anchor} : {}),
    ...(version ? {version} : {}),
  });

  let segments: string[];
  if (path.startsWith('/')) {
    const base = `/${routeBasePath}/`;
    if (!path.startsWith(base)) return {kind: 'other'};
    segments = decodeOrKeep(path.slice(base.length)).split('/').filter(Boolean);
  } else {
    const resolved = joinPath(fromFile, decodeOrKeep(path));
    if (path.endsWith('.md')) return chapter(idByFile.get(resolved), resolved);
    segments = resolved.split('/').slice(-2);
  }
  // `<id>` or `<id>/v<n>`; other shapes are pages Docusaurus checks itself.
  const last = segments.at(-1) ?? '';
  const version = VERSION_SEGMENT.exec(last);
  const id = version ? segments.at(-2) : last;
  if (!id || (path.startsWith('/') && segments.length !== (version ? 2 : 1))) return {kind: 'other'};
  return chapter(ids.has(id) ? id : undefined, id, version ? Number(version[1]) : undefined);
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

/** A percent-encoded address part, decoded; kept as written when it does not decode (`%E0`). */
export function decodeOrKeep(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
