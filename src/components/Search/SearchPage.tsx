import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {readSearchParams, searchParams, type SearchState} from './search-params';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useEffect, useMemo, useRef, type ReactNode} from 'react';
import SearchForm from './SearchForm';
import SearchResults from './SearchResults';
import styles from './styles.module.css';
import {useSearchResults} from './useSearchResults';

/** Sections listed on the page; the count gives the total. */
const LIMIT = 50;

/**
 * /search?q=…&part=…&audience=…&since=…&past=1: the address holds the
 * query and filters, so a search can be shared and Back returns to the
 * previous one. A citation submitted or opened here goes straight to its
 * chapter or section.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders the page without a query; the address is read once hydrated, so the two renders agree.
  const isBrowser = useIsBrowser();
  const state = useMemo(() => readSearchParams(isBrowser ? location.search : ''), [isBrowser, location.search]);
  const {result, query: answered, error} = useSearchResults(state.q, state.filters, LIMIT);
  const current = answered === state.q ? result : undefined;
  // Only a citation that was opened or submitted jumps; one being typed is offered as a link.
  const typing = useRef(false);
  useEffect(() => {
    if (current?.jump && !typing.current) history.replace(current.jump.url);
  }, [current, history]);

  const change = (next: SearchState, push: boolean) => {
    typing.current = !push;
    const url = `${location.pathname}${searchParams(next)}`;
    if (push) history.push(url);
    else history.replace(url);
  };
  const filtered = Object.keys(state.filters).length > 0;

  return (
    <Layout title={state.q ? `Search: ${state.q}` : 'Search'} description="Search every chapter of the procedures, current and past.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search the procedures</Heading>
        <SearchForm state={state} onChange={change} />
        <div className={styles.results}>
          {!state.q.trim() ? (
            <p>
              Type words from the procedure you need, a phrase in quotes such as “strategy discussion”, or a chapter number such as 4.4 or a section such as 4.4
              s5. Words match in any form (groom, grooming, groomed) and in British or American spelling.
            </p>
          ) : error ? (
            <p role="alert">{error}</p>
          ) : !current ? (
            <p role="status">Searching…</p>
          ) : current.jump ? (
            <p role="status">
              <Link to={current.jump.url}>Go to {current.jump.label}</Link>
            </p>
          ) : (
            <SearchResults result={current} filtered={filtered} onClearFilters={() => change({q: state.q, filters: {}}, true)} />
          )}
        </div>
      </main>
    </Layout>
  );
}
