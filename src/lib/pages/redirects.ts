import type {History} from '../history/load-history';
import {chapterUrls} from './urls';
import {isRename} from './version-page';

/** A permanent redirect a web server should answer with. */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * A renamed chapter's old address leads to its new one for good: the site
 * renders a notice there for static hosts, and a web server can redirect.
 */
export function renameRedirects(history: History | undefined, base: string): Redirect[] {
  return [...(history?.withdrawn ?? [])].flatMap(([id, {replacedBy}]) =>
    replacedBy && isRename(history!, id) ? [{from: chapterUrls(base, id).current, to: chapterUrls(base, replacedBy).current}] : [],
  );
}
