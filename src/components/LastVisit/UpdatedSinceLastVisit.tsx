import Link from '@docusaurus/Link';
import {longDate} from '@site/src/lib/dates';
import Heading from '@theme/Heading';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import styles from './styles.module.css';
import {useLastVisit} from './useLastVisit';

/** On the home page: the chapters changed since the reader's last visit, each with what changed since the version they saw. */
export default function UpdatedSinceLastVisit(): ReactNode {
  const {since, updates, clear} = useLastVisit();
  const [cleared, setCleared] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  // The button that had focus is gone: focus moves to the line saying what happened.
  useEffect(() => {
    if (cleared) done.current?.focus();
  }, [cleared]);
  if (cleared) {
    return (
      <p ref={done} tabIndex={-1} className={styles.note}>
        The marks are cleared. Chapters updated since your last visit are no longer marked.
      </p>
    );
  }
  if (!since || updates.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="updated-since-heading" data-testid="updated-since">
      <Heading as="h2" id="updated-since-heading">
        Updated since your last visit
      </Heading>
      <p>
        When you last looked, the latest update was {since.title} ({longDate(since.date)}). {updates.length}{' '}
        {updates.length === 1 ? 'chapter has' : 'chapters have'} changed since then:
      </p>
      <ul>
        {updates.map(({chapter, from, to, compareUrl}) => (
          <li key={chapter.id}>
            <Link to={chapter.permalink}>
              {chapter.number} {chapter.title}
            </Link>
            {' — '}
            {compareUrl ? (
              <Link to={compareUrl}>
                what changed from version {from} to version {to}
                <span className="visually-hidden"> in {chapter.number}</span>
              </Link>
            ) : (
              'a new chapter'
            )}
          </li>
        ))}
      </ul>
      <p className={styles.note}>
        This browser remembers only the latest update you have seen; nothing is sent anywhere. Chapters changed since are also marked in the navigation.{' '}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => {
            setCleared(true);
            clear();
          }}
        >
          Clear these marks
        </button>
      </p>
    </section>
  );
}
