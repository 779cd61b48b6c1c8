import {updatedSince, type SeenRelease, type UpdatedSince} from '@site/src/lib/last-visit';
import {useCallback, useEffect, useMemo, useSyncExternalStore} from 'react';
import type {ReleasedChapters} from '@site/src/lib/manual-data';
import {useManual} from '../Chapter/useManual';

/** The latest release this browser has shown the reader; kept until they clear their browser's data. */
const SEEN = 'procedures:seen-release';
/** What this visit compares against: the release seen before it began, or "none". Ends with the tab. */
const SINCE = 'procedures:updated-since';
const CHANGED = 'procedures:last-visit-changed';
const NONE = 'none';

type StorageName = 'localStorage' | 'sessionStorage';

// Storage can be switched off (reading `window.localStorage` itself then throws) or full; the marks are then
// simply not shown.
function read(storage: StorageName, key: string): string | null {
  try {
    return window[storage].getItem(key);
  } catch {
    return null;
  }
}
function write(storage: StorageName, key: string, value: string): void {
  try {
    window[storage].setItem(key, value);
  } catch {
    // Nothing is remembered: the reader sees no marks.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** At the first page of a visit: remember what the reader had seen before it, then that they have seen the latest release. */
function startVisit(latest: SeenRelease): void {
  if (read('sessionStorage', SINCE) !== null) return;
  const seen = parse(read('localStorage', SEEN));
  const fresh = seen && !(seen.title === latest.title && seen.date === latest.date);
  write('sessionStorage', SINCE, fresh ? JSON.stringify(seen) : NONE);
  write('localStorage', SEEN, JSON.stringify({title: latest.title, date: latest.date}));
}

function parse(text: string | null): SeenRelease | undefined {
  if (!text || text === NONE) return undefined;
  try {
    const value = JSON.parse(text) as Partial<SeenRelease>;
    return typeof value.title === 'string' && typeof value.date === 'string' ? {title: value.title, date: value.date} : undefined;
  } catch {
    return undefined;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
};

// Which release published each chapter's versions: the size of the manual, so fetched only for a returning reader.
const loaded = new Map<string, ReleasedChapters>();
const loading = new Set<string>();

function loadReleased(url: string): void {
  if (loaded.has(url) || loading.has(url)) return;
  loading.add(url);
  fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<ReleasedChapters>) : Promise.reject(new Error(String(response.status)))))
    .then((data) => {
      loaded.set(url, data);
      window.dispatchEvent(new Event(CHANGED));
    })
    // Offline with nothing saved, or the site moved on: no marks this time; a later page tries again.
    .catch(() => undefined)
    .finally(() => loading.delete(url));
}

/**
 * What changed since the reader's last visit, remembered in this browser
 * only (no cookies, nothing sent anywhere), and a way to clear the marks.
 * Empty on the server and for a first visit.
 */
export function useLastVisit(): {since?: SeenRelease; updates: UpdatedSince[]; clear: () => void} {
  const {latestRelease, releases, releasedUrl} = useManual();
  useEffect(() => {
    if (latestRelease) startVisit(latestRelease);
  }, [latestRelease]);
  const stored = useSyncExternalStore(
    subscribe,
    () => read('sessionStorage', SINCE),
    () => null,
  );
  useEffect(() => {
    if (parse(stored) && releasedUrl) loadReleased(releasedUrl);
  }, [stored, releasedUrl]);
  const released = useSyncExternalStore(
    subscribe,
    () => (releasedUrl ? loaded.get(releasedUrl) : undefined),
    () => undefined,
  );
  const clear = useCallback(() => write('sessionStorage', SINCE, NONE), []);
  return useMemo(() => ({...lastVisit(releases, released, stored), clear}), [releases, released, stored, clear]);
}

// Every chapter in the navigation asks: work it out once for the data and the stored text.
let cached: {released: ReleasedChapters; stored: string | null; value: {since?: SeenRelease; updates: UpdatedSince[]}} | undefined;

function lastVisit(
  releases: readonly SeenRelease[] = [],
  released: ReleasedChapters | undefined,
  stored: string | null,
): {since?: SeenRelease; updates: UpdatedSince[]} {
  const since = parse(stored);
  if (!since || !released) return {updates: []};
  if (cached?.released !== released || cached.stored !== stored) cached = {released, stored, value: {since, updates: updatedSince(releases, released, since)}};
  return cached.value;
}
