import Link from '@docusaurus/Link';
import {useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  id: string;
  term: string;
  definition: string;
  /** The term's entry on the glossary page. */
  href: string;
  /** The words as the chapter wrote them. */
  children: ReactNode;
}

/** Why the definition is showing: the pointer is over it, the term has focus, or it was selected (click or tap). */
type Opened = 'hover' | 'focus' | 'selected';

const MARGIN = 8;

/**
 * A glossary term in a chapter (see remark/glossary-terms): a disclosure
 * button whose definition shows in place on hover, on keyboard focus and on
 * a tap, stays while the pointer moves onto it, and closes with Escape
 * (WCAG 1.4.13). Print leaves definitions out (see the README).
 */
export default function GlossaryTerm({term, definition, href, children}: Props): ReactNode {
  const [opened, setOpened] = useState<Opened | null>(null);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!opened) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (wrapper.current?.contains(document.activeElement)) button.current?.focus();
      setOpened(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [opened]);

  // Keep the definition on screen: near the right edge it moves left, as far as the viewport allows.
  useLayoutEffect(() => {
    const box = panel.current;
    if (!opened || !box) return;
    box.style.left = '0px';
    const {left, right} = box.getBoundingClientRect();
    const shift = Math.max(Math.min(right - (window.innerWidth - MARGIN), left - MARGIN), 0);
    box.style.left = `${-shift}px`;
  }, [opened]);

  return (
    <span
      ref={wrapper}
      className={styles.term}
      onMouseEnter={() => setOpened((o) => o ?? 'hover')}
      onMouseLeave={() => setOpened((o) => (o === 'hover' ? null : o))}
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setOpened((o) => (o === 'hover' ? o : null));
      }}
    >
      <button
        ref={button}
        type="button"
        className={styles.termButton}
        aria-expanded={opened !== null}
        aria-controls={panelId}
        onFocus={() => setOpened((o) => o ?? 'focus')}
        onClick={() => setOpened((o) => (o === 'selected' ? null : 'selected'))}
      >
        {children}
      </button>
      <span ref={panel} id={panelId} className={styles.definition} hidden={opened === null}>
        <strong>{term}:</strong> {definition} <Link to={href}>More in the glossary</Link>
      </span>
    </span>
  );
}
