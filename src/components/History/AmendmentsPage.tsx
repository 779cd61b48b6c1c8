import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {longDate, monthYear} from '@site/src/lib/dates';
import type {AmendmentEntry, AmendmentsData} from '@site/src/lib/pages/amendments';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function Entry({entry}: {entry: AmendmentEntry}): ReactNode {
  const name = `${entry.number} ${entry.title}`;
  if (entry.status === 'withdrawn') {
    return (
      <li>
        <Link to={entry.url}>{name}</Link> has been withdrawn
        {entry.replacedBy ? (
          <>
            , replaced by <Link to={entry.replacedBy.url}>{`${entry.replacedBy.number} ${entry.replacedBy.title}`}</Link>
          </>
        ) : null}
        .
      </li>
    );
  }
  return (
    <li>
      <Link to={entry.url}>{name}</Link>
      {entry.status === 'new' ? ' has been added.' : ` has been updated ${entry.change ?? ''}`}
      {entry.sections && (
        <span className={styles.cited}>
          {' '}
          Sections: {entry.sections}. {entry.compareUrl && <Link to={entry.compareUrl}>See the changes</Link>}
        </span>
      )}
    </li>
  );
}

const GROUPS: [AmendmentEntry['status'], string][] = [
  ['updated', 'Updated chapters'],
  ['new', 'New chapters'],
  ['withdrawn', 'Withdrawn chapters'],
];

/** /amendments: every release, newest first, as boards publish their update notes. */
export default function AmendmentsPage({data}: {data: AmendmentsData}): ReactNode {
  const rss = useBaseUrl('/amendments/rss.xml');
  const atom = useBaseUrl('/amendments/atom.xml');
  return (
    <Layout title="Amendments" description="Every release of the manual, newest first, with the chapters each added, updated or withdrawn.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Amendments</Heading>
        <p>
          The board updates these procedures a few times a year. Each release is listed here, newest first. Follow the
          changes in a feed reader: <a href={rss}>RSS</a> or <a href={atom}>Atom</a>.
        </p>
        {data.nextUpdate && (
          <p className={styles.notice} data-testid="next-update">
            The next update is expected in {monthYear(data.nextUpdate)}.
          </p>
        )}
        {data.releases.map((release) => (
          <section key={release.anchor} aria-labelledby={release.anchor} className={styles.release}>
            <Heading as="h2" id={release.anchor}>
              {release.title}
            </Heading>
            <p className={styles.releaseDate}>Published {longDate(release.date)}</p>
            {GROUPS.map(([status, heading]) => {
              const entries = release.entries.filter((e) => e.status === status);
              if (entries.length === 0) return null;
              return (
                <div key={status}>
                  <Heading as="h3">{heading}</Heading>
                  <ul>
                    {entries.map((e) => (
                      <Entry key={e.id} entry={e} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
      </main>
    </Layout>
  );
}
