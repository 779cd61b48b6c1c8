import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {FEED_FILES} from '@site/src/lib/pages/urls';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

const FORMATS = [
  {file: FEED_FILES.rss, type: 'application/rss+xml', name: 'RSS'},
  {file: FEED_FILES.atom, type: 'application/atom+xml', name: 'Atom'},
  {file: FEED_FILES.json, type: 'application/feed+json', name: 'JSON Feed'},
] as const;

/**
 * Links to the feeds of one part or chapter, shown on its page and announced
 * to browsers and feed readers in the page's head, where `name` is what a
 * feed reader will call the feed.
 */
export default function FeedLinks({folder, subject, name}: {folder: string; subject: string; name: string}): ReactNode {
  const base = useBaseUrl(folder);
  return (
    <nav aria-label={`Follow changes to ${subject}`} className={styles.feeds}>
      <Head>
        {FORMATS.map((f) => (
          <link key={f.file} rel="alternate" type={f.type} href={`${base}/${f.file}`} title={`${name}: changes (${f.name})`} />
        ))}
      </Head>
      <span>Follow changes to {subject}:</span>{' '}
      <ul className={styles.formats}>
        {FORMATS.map((f) => (
          <li key={f.file}>
            {/* A feed is a file for a feed reader, not a page of the site: the browser fetches it. */}
            <a href={`${base}/${f.file}`} type={f.type}>
              {f.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
