import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {longDate} from '@site/src/lib/dates';
import {manualOnDate, type Timeline} from '@site/src/lib/pages/point-in-time';
import {isRealIsoDate} from '@site/src/lib/dates';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {FormEvent, ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * /point-in-time?date=2009-01-15: the manual as it stood on a date — each
 * chapter at the version then in force, with versions published but not yet
 * in force shown as prospective. Without a date, the day of the last release.
 */
export default function PointInTimePage({data}: {data: Timeline}): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The static page was rendered without the query: read it once hydrated, so both renders agree.
  const isBrowser = useIsBrowser();
  const query = new URLSearchParams(isBrowser ? location.search : '');
  const asked = query.get('date');
  const date = asked && isRealIsoDate(asked) ? asked : data.last;
  const highlight = query.get('chapter');
  const chapters = date ? manualOnDate(data, date) : [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('date'));
    history.push(`?date=${chosen}${highlight ? `&chapter=${highlight}` : ''}`);
  };

  return (
    <Layout title="The manual on a date" description="Every chapter as it stood on a date you choose.">
      <main className="container margin-vert--lg">
        <Heading as="h1">The manual on a date</Heading>
        <p>
          Choose a date to see which version of each chapter was in force then — for example the date of a case you are
          reviewing. Versions published but not yet in force on that date are marked as prospective.
        </p>
        <form className={styles.pickers} onSubmit={submit} method="get">
          <div>
            <label htmlFor="point-in-time-date">Date</label>
            <input id="point-in-time-date" type="date" name="date" defaultValue={date} key={date} min={data.first} required />
          </div>
          {highlight && <input type="hidden" name="chapter" value={highlight} />}
          <button type="submit" className="button button--primary">
            Show the manual
          </button>
        </form>
        {date && (
          <section aria-labelledby="on-date">
            <Heading as="h2" id="on-date">
              In force on {longDate(date)}
            </Heading>
            {chapters.length === 0 ? (
              <p>No chapter of the manual had been published by this date.</p>
            ) : (
              <ul className={styles.onDate}>
                {chapters.map((c) => (
                  <li key={c.id} className={c.id === highlight ? styles.highlight : undefined} aria-current={c.id === highlight ? 'true' : undefined}>
                    <span className={styles.chapterNumber}>{c.number}</span>{' '}
                    {c.inForce ? <Link to={c.inForce.url}>{c.title}</Link> : c.title}
                    {c.inForce && <span className={styles.versionNote}> version {c.inForce.version}, in force from {longDate(c.inForce.effective)}</span>}
                    {c.prospective.map((p) => (
                      <span key={p.version} className={styles.prospective}>
                        {' '}
                        Prospective: <Link to={p.url}>version {p.version}</Link> comes into force on {longDate(p.effective)}.
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </main>
    </Layout>
  );
}
