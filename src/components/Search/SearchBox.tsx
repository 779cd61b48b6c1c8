import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useManual} from '@site/src/components/Chapter/useManual';
import {useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {searchOptions, SEARCH_PAGE, type SearchOption} from './options';
import ResultsListbox from './ResultsListbox';
import styles from './styles.module.css';
import {useCombobox} from './useCombobox';
import {loadEngine, useSearchResults} from './useSearchResults';
import {useSearchShortcut} from './useSearchShortcut';

/** Sections shown in the navbar popup; the search page shows more. */
const LIMIT = 8;

/**
 * The navbar's search box: results as you type, grouped by chapter, each
 * a link to its section; a chapter number or section citation offers the
 * chapter or section itself. It follows the WAI-ARIA combobox pattern, and
 * the index is fetched only when the box is first used.
 */
export default function SearchBox(): ReactNode {
  const history = useHistory();
  const {searchIndexUrl} = useManual();
  const searchPage = useBaseUrl(SEARCH_PAGE);
  const input = useRef<HTMLInputElement>(null);
  const listboxId = useId();
  const [query, setQuery] = useState('');
  const [engaged, setEngaged] = useState(false);
  const {result, query: answered, error} = useSearchResults(query, {}, LIMIT, engaged);
  const current = answered === query ? result : undefined;
  const options = useMemo(() => (query.trim() ? searchOptions(query, current, searchPage) : []), [query, current, searchPage]);
  const go = (option: SearchOption | undefined) => {
    if (!query.trim()) return;
    history.push(option?.url ?? options.at(-1)!.url);
    input.current?.blur();
  };
  const combobox = useCombobox(options, {choose: go, clear: () => setQuery('')});
  useSearchShortcut(input);

  const engage = () => {
    if (engaged || !searchIndexUrl) return;
    setEngaged(true);
    void loadEngine(searchIndexUrl).catch(() => undefined);
  };
  const expanded = combobox.open && options.length > 0;
  const status = error
    ? error
    : !query.trim() || !combobox.open
      ? ''
      : !current
        ? 'Searching…'
        : current.jump
          ? `Press Enter to go to ${current.jump.label}.`
          : current.hits.length > 0
            ? `${current.total} section${current.total === 1 ? '' : 's'} found. Use the up and down arrow keys to choose one.`
            : `No sections match ${query}.`;

  return (
    <div className={styles.searchBox} role="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search the procedures"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? options[combobox.active]?.id : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder="Search procedures"
        autoComplete="off"
        spellCheck={false}
        className={styles.input}
        value={query}
        onFocus={() => {
          engage();
          combobox.setOpen(true);
        }}
        onBlur={() => combobox.setOpen(false)}
        onChange={(event) => {
          engage();
          setQuery(event.target.value);
          combobox.setOpen(true);
        }}
        onKeyDown={combobox.onKeyDown}
      />
      {!query && (
        <kbd className={styles.shortcut} aria-hidden="true">
          /
        </kbd>
      )}
      {expanded ? (
        <ResultsListbox id={listboxId} options={options} active={combobox.active} query={query} onChoose={go} onHover={combobox.setActive} />
      ) : (
        <div id={listboxId} role="listbox" aria-label="Search results" hidden />
      )}
      <div role="status" className="visually-hidden">
        {status}
      </div>
    </div>
  );
}
