import type GithubSlugger from 'github-slugger';
import type {Heading} from 'mdast';
import {toString} from 'mdast-util-to-string';

/**
 * A heading's text and id as Docusaurus makes them: an explicit `{#custom-id}`
 * at the end wins; otherwise github-slugger, one slugger per document, so a
 * repeated heading gets `-1`.
 */
export function headingId(node: Heading, slugger: GithubSlugger): {heading: string; anchor: string; explicit?: true} {
  const raw = toString(node).trim();
  const explicit = raw.match(/^(.*?)\s*\{#([\w-]+)\}$/);
  if (explicit) return {heading: explicit[1]!, anchor: explicit[2]!, explicit: true};
  return {heading: raw, anchor: slugger.slug(raw)};
}
