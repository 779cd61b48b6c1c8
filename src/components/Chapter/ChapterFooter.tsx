import Link from '@docusaurus/Link';
import type {ChapterData, ChapterLink} from '@site/src/lib/manual-data';
import FeedLinks from '@site/src/components/Feeds/FeedLinks';
import {longDate} from '@site/src/lib/dates';
import {chapterFeedFolder} from '@site/src/lib/pages/urls';
import type {ReactNode} from 'react';
import styles from './styles.module.css';
import {useManual} from './useManual';

function ChapterList({chapters}: {chapters: readonly ChapterLink[]}): ReactNode {
  return (
    <ul className={styles.chapterList}>
      {chapters.map((c) => (
        <li key={c.id}>
          <Link to={c.permalink}>
            <span className={styles.number}>{c.number}</span> {c.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Panel({id, title, children}: {id: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section aria-labelledby={id} className={styles.panel}>
      <h2 id={id} className={styles.panelHeading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Where an inspector goes next: every version, what changed, the chapter on another date. */
function VersionLinks({chapter}: {chapter: ChapterData}): ReactNode {
  const {pointInTimeUrl} = useManual();
  if (!chapter.historyUrl) return null;
  return (
    <nav aria-label="Versions of this chapter" className={styles.versionLinks}>
      <Link to={chapter.historyUrl}>All versions of this chapter</Link>
      {chapter.version > 1 && chapter.compareUrl && <Link to={chapter.compareUrl}>What changed in version {chapter.version}</Link>}
      {/* A plain link: the on-a-date page's data grows with the manual, and a Docusaurus Link would download it in advance. */}
      {pointInTimeUrl && <a href={`${pointInTimeUrl}?chapter=${chapter.id}`}>This chapter on another date</a>}
    </nav>
  );
}

/** Related procedures, backlinks, further reading and the version line. */
export default function ChapterFooter({chapter}: {chapter: ChapterData}): ReactNode {
  return (
    <footer className={styles.footer}>
      {chapter.related.length > 0 && (
        <Panel id="related-procedures" title="Related procedures">
          <ChapterList chapters={chapter.related} />
        </Panel>
      )}
      {chapter.referencedBy.length > 0 && (
        <Panel id="referenced-by" title="Referenced by">
          <ChapterList chapters={chapter.referencedBy} />
        </Panel>
      )}
      {chapter.furtherReading.length > 0 && (
        <Panel id="further-reading" title="Further reading">
          <ul className={styles.chapterList}>
            {chapter.furtherReading.map((item) => (
              <li key={item.url}>
                <a href={item.url} rel="noopener">
                  {item.title}
                </a>
              </li>
            ))}
          </ul>
        </Panel>
      )}
      <p className={styles.versionLine} data-testid="version-line">
        Version {chapter.version} · in force from {longDate(chapter.effective)} · due for review {longDate(chapter.review)} · owner: {chapter.owner}
      </p>
      <VersionLinks chapter={chapter} />
      {chapter.historyUrl && <FeedLinks folder={chapterFeedFolder(chapter.id)} subject="this chapter" name={`${chapter.number} ${chapter.title}`} />}
    </footer>
  );
}
