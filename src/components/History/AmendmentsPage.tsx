import Link from '@docusaurus/Link';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {dataPaths} from '@site/src/lib/data/addresses';
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

/** How anyone can check that this copy of the manual is the one the board released. */
function CheckingTheRecord({index, schemas}: {index: string; schemas: string}): ReactNode {
  return (
    <section aria-labelledby="checking-the-record" className={styles.release}>
      <Heading as="h2" id="checking-the-record">
        Checking the record
      </Heading>
      <p>
        Each release is recorded in a file that lists every chapter it published with the SHA-256 hash of the chapter as released,
        and holds the hash of the release record before it. Changing any released chapter or any earlier record afterwards breaks
        this chain, so a copy of the manual can be checked against it by anyone, without trusting this site.
      </p>
      <p>
        The records, the chapters exactly as released and every version as data are published with the site, starting from the{' '}
        <a href={index}>manual&apos;s index</a> (JSON, described by its <a href={schemas}>JSON Schema</a>). In a copy of the Procedures project, the
        tools this site is built with, one command fetches them all, recomputes every hash and reports anything that does not
        match:
      </p>
      <pre>
        <code>npm run procedures -- verify {'<address of this site>'}</code>
      </pre>
      <p>
        It names the latest release&apos;s hash, shown above: compare it with the one the board gives in its own records or on the
        cover of a printed copy of the manual.
      </p>
    </section>
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
  const {withBaseUrl} = useBaseUrlUtils();
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
            <p className={styles.record}>
              <a href={withBaseUrl(`/${release.record}`)}>Release record</a>, SHA-256 <code>{release.sha256}</code>
              {release.pdf && (
                <>
                  {' · '}
                  <a href={withBaseUrl(`/${release.pdf}`)}>The manual as this release left it (PDF)</a>
                </>
              )}
            </p>
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
        <CheckingTheRecord index={withBaseUrl(`/${dataPaths.index}`)} schemas={withBaseUrl(`/${dataPaths.schema('manual')}`)} />
      </main>
    </Layout>
  );
}
