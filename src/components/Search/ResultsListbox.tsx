import {docLabel, pastVersionLabel} from '@site/src/lib/search/version-label';
import {groupHits} from '@site/src/lib/search/group-hits';
import clsx from 'clsx';
import {useEffect, type ReactNode} from 'react';
import type {SearchOption} from './options';
import Segments from './Segments';
import styles from './styles.module.css';

interface Props {
  id: string;
  options: readonly SearchOption[];
  active: number;
  query: string;
  onChoose: (option: SearchOption) => void;
  onHover: (index: number) => void;
}

function allLabel(shown: number, total: number, query: string): string {
  if (shown === 0) return `Search the manual for “${query}” on the search page`;
  return total === 1 ? 'Open the search page' : `See all ${total} results on the search page`;
}

/**
 * The navbar's popup: a listbox of options grouped by chapter. Options are
 * followed with the keyboard or a click; mouse-down is cancelled so the
 * input keeps focus.
 */
export default function ResultsListbox({id, options, active, query, onChoose, onHover}: Props): ReactNode {
  useEffect(() => {
    document.getElementById(options[active]?.id ?? '')?.scrollIntoView({block: 'nearest'});
  }, [options, active]);

  const option = (o: SearchOption, children: ReactNode) => {
    const index = options.indexOf(o);
    return (
      <div
        key={o.id}
        id={o.id}
        role="option"
        aria-selected={index === active}
        className={clsx(styles.option, index === active && styles.active)}
        onMouseDown={(event) => event.preventDefault()}
        onMouseMove={() => index !== active && onHover(index)}
        onClick={() => onChoose(o)}
      >
        {children}
      </div>
    );
  };
  const hits = options.flatMap((o) => (o.kind === 'hit' ? [o.hit] : []));
  const byRecord = new Map(options.flatMap((o) => (o.kind === 'hit' ? [[o.hit.record, o] as const] : [])));

  return (
    <div id={id} role="listbox" aria-label={`Results for ${query}`} className={styles.listbox}>
      {options.map((o) => o.kind === 'jump' && option(o, <span className={styles.jump}>Go to {o.label}</span>))}
      {groupHits(hits).map((group) => {
        const labelId = `${id}-group-${group.doc.first}`;
        const past = pastVersionLabel(group.doc);
        return (
          <div key={labelId} role="group" aria-labelledby={labelId} className={styles.group}>
            <div id={labelId} className={styles.groupLabel}>
              {docLabel(group.doc)}
              {past && <span className={styles.past}> ({past})</span>}
            </div>
            {group.hits.map((hit) =>
              option(
                byRecord.get(hit.record)!,
                <>
                  <span className={styles.optionHeading}>
                    <Segments segments={hit.heading} />
                  </span>
                  <span className={styles.snippet}>
                    <Segments segments={hit.snippet} />
                  </span>
                </>,
              ),
            )}
          </div>
        );
      })}
      {options.map((o) => o.kind === 'all' && option(o, <span className={styles.all}>{allLabel(hits.length, o.total, query)}</span>))}
    </div>
  );
}
