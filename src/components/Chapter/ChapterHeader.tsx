import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import type {ChapterData} from '@site/src/lib/manual-data';
import {longDate} from '@site/src/lib/dates';
import {updateNote} from '@site/src/lib/update-note';
import {TOP_ANCHOR} from '@site/src/lib/sections';
import type {ReactNode} from 'react';
import SectionContents from './SectionContents';
import styles from './styles.module.css';

/** Number and title, the update note and the numbered contents, as boards open a chapter. */
export default function ChapterHeader({chapter}: {chapter: ChapterData}): ReactNode {
  // "Top of page" links point here; tell the broken-anchor check it exists.
  useBrokenLinks().collectAnchor(TOP_ANCHOR);
  return (
    <header id={TOP_ANCHOR} className={styles.header}>
      <Heading as="h1">
        <span className={styles.number}>{chapter.number}</span> {chapter.title}
      </Heading>
      {/* On screen the version line closes the chapter; on paper it heads it. */}
      <p className="print-only" data-testid="print-version">
        Version {chapter.version} · in force from {longDate(chapter.effective)}
      </p>
      <p className={styles.updateNote} data-testid="update-note">
        {updateNote(chapter)}
      </p>
      <SectionContents sections={chapter.sections} />
    </header>
  );
}
