/**
 * Chapters are text, never code: what an editor types must not run as
 * script in a reader's or an editor's browser. The check refuses raw HTML
 * and links that could run script, and the site's Markdown pipeline renders
 * any that reach it (in the dev server, before a check) as plain text.
 */

/** Inline elements with no attributes, which cannot run script: a line break, superscript, subscript. */
const HARMLESS_TAG = /^<\/?(br|sup|sub)\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*?-->$/;

/** True for the raw HTML a chapter may contain: `<br>`, `<sup>…</sup>`, `<sub>…</sub>` and comments. */
export function isHarmlessHtml(html: string): boolean {
  const value = html.trim();
  return HARMLESS_TAG.test(value) || COMMENT.test(value);
}

/** The first tag of a piece of raw HTML, for messages: `<script>`; the start of the text when there is none. */
export function firstTag(html: string): string {
  const tag = /<\/?[a-z][a-z0-9-]*/i.exec(html)?.[0];
  return tag ? `${tag}>` : html.trim().slice(0, 20);
}

/** The elements `isHarmlessHtml` allows, for hints and the README. */
export const HARMLESS_HTML = ['<br>', '<sup>', '<sub>'];

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** The scheme of an address that may not be linked (`javascript`, `data` …); undefined when the link is safe. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers ignore tabs, newlines and leading control characters in a scheme: `java\tscript:` still runs.
  const squeezed = [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');
  const scheme = SCHEME.exec(squeezed)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}

export const SAFE_LINK_SCHEMES = SAFE_SCHEMES;
