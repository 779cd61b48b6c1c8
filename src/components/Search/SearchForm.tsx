import {useManual} from '@site/src/components/Chapter/useManual';
import type {SearchState} from './search-params';
import {useEffect, useState, type FormEvent, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  state: SearchState;
  /** A new state to show: `push` adds a history entry (a filter or submit), otherwise the address is replaced (typing). */
  onChange: (state: SearchState, push: boolean) => void;
}

/** The search page's query and filters: part, audience, updated since a date, past versions. */
export default function SearchForm({state, onChange}: Props): ReactNode {
  const {parts, audiences} = useManual();
  // The box follows the address (Back, a shared link) but keeps what is being typed.
  const [q, setQ] = useState(state.q);
  useEffect(() => setQ(state.q), [state.q]);
  const filter = (change: Partial<SearchState['filters']>) => {
    const filters = {...state.filters, ...change};
    for (const key of Object.keys(change) as (keyof typeof filters)[]) if (!filters[key]) delete filters[key];
    onChange({q, filters}, true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({q, filters: state.filters}, true);
  };

  return (
    <form role="search" className={styles.form} onSubmit={submit}>
      <div className={styles.queryRow}>
        <label htmlFor="search-page-query" className="visually-hidden">
          Search the procedures
        </label>
        <input
          id="search-page-query"
          type="search"
          name="q"
          value={q}
          placeholder="Words, a phrase in quotes, or a chapter number such as 4.4"
          className={styles.pageInput}
          onChange={(event) => {
            setQ(event.target.value);
            onChange({q: event.target.value, filters: state.filters}, false);
          }}
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </div>
      <fieldset className={styles.filters}>
        <legend>Filters</legend>
        <div>
          <label htmlFor="search-part">Part</label>
          <select id="search-part" value={state.filters.part ?? ''} onChange={(event) => filter({part: event.target.value})}>
            <option value="">All parts</option>
            {parts.map((part) => (
              <option key={part.id} value={part.id}>
                Part {part.number}: {part.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-audience">Audience</label>
          <select id="search-audience" value={state.filters.audience ?? ''} onChange={(event) => filter({audience: event.target.value})}>
            <option value="">Any audience</option>
            {audiences
              .filter((audience) => audience.id !== 'all')
              .map((audience) => (
                <option key={audience.id} value={audience.id}>
                  {audience.title}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-since">Updated since</label>
          <input id="search-since" type="date" value={state.filters.since ?? ''} onChange={(event) => filter({since: event.target.value})} />
        </div>
        <div className={styles.checkbox}>
          <input id="search-past" type="checkbox" checked={state.filters.past ?? false} onChange={(event) => filter({past: event.target.checked})} />
          <label htmlFor="search-past">Include past versions</label>
        </div>
      </fieldset>
    </form>
  );
}
