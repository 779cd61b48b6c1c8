import Link from '@docusaurus/Link';
import type {SearchResult} from '@site/src/lib/search/engine';
import {docLabel, pastVersionLabel, sectionPrefix} from '@site/src/lib/search/version-label';
import {groupHits} from '@site/src/lib/search/group-hits';
import {withHighlight} from '@site/src/lib/search/highlight';
import Heading from '@theme/Heading';
import type {ReactNode} from 'react';
import Segments from './Segments';
import styles from './styles.module.css';

interface Props {
  result: SearchResult;
  filtered: boolean;
  onClearFilters: () => void;
}

/** The search page's results: a count, then sections grouped by chapter; or what to try instead. */
export default function SearchResults({result, filtered, onClearFilters}: Props): ReactNode {
  const {hits, total, corrections} = result;
  if (hits.length === 0) return <NoResults result={result} filtered={filtered} onClearFilters={onClearFilters} />;
  return (
    <>
      <p role="status" className={styles.count}>
        {total} section{total === 1 ? '' : 's'} found{total > hits.length ? `; the best ${hits.length} are shown` : ''}.
        {corrections.length > 0 && ` Showing results for ${corrections.map((c) => `“${c.as.join('” or “')}” (you typed “${c.word}”)`).join(', ')}.`}
      </p>
      {groupHits(hits).map(({doc, hits: sections}) => {
        const past = pastVersionLabel(doc);
        return (
          <section key={doc.first} className={styles.resultGroup} aria-labelledby={`result-${doc.first}`}>
            <Heading as="h2" id={`result-${doc.first}`} className={styles.resultChapter}>
              {docLabel(doc)}
            </Heading>
            {past && <p className={styles.pastBanner}>{past}</p>}
            <ol className={styles.resultList}>
              {sections.map((hit) => (
                <li key={hit.record}>
                  <Link to={withHighlight(hit.url, result.highlight)} className={styles.resultLink}>
                    {sectionPrefix(doc, hit.section)}
                    <Segments segments={hit.heading} />
                  </Link>
                  <p className={styles.resultSnippet}>
                    <Segments segments={hit.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

function NoResults({result, filtered, onClearFilters}: Props): ReactNode {
  const {citation} = result.query;
  return (
    <div className={styles.empty}>
      <p role="status" className={styles.count}>
        {citation
          ? `The manual has no chapter or section ${citation.number}${citation.section ? ` s${citation.section}` : ''}.`
          : 'No sections match your search.'}
      </p>
      <p>You could try:</p>
      <ul>
        {filtered && (
          <li>
            searching without the filters{' '}
            <button type="button" className="button button--link button--sm" onClick={onClearFilters}>
              Clear the filters
            </button>
          </li>
        )}
        <li>fewer or more general words, such as “referral” rather than “referral form for schools”;</li>
        <li>another word for the same thing, such as “online abuse” for “internet”;</li>
        <li>a chapter number such as 2.1, or a section such as 4.4 s5;</li>
        <li>
          browsing the <Link to="/">parts of the manual</Link>.
        </li>
      </ul>
    </div>
  );
}
