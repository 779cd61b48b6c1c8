import type {WordChange} from '@site/src/lib/compare/compare-sections';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Word-level changes as <ins> and <del>: underlined and struck through, not
 * told apart by colour alone, and announced to screen readers by hidden words.
 */
export default function Redline({words}: {words: WordChange[]}): ReactNode {
  return (
    <div className={styles.redline}>
      {words.map((w, i) =>
        w.type === 'ins' ? (
          <ins key={i}>
            <span className="visually-hidden">[inserted: </span>
            {w.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : w.type === 'del' ? (
          <del key={i}>
            <span className="visually-hidden">[deleted: </span>
            {w.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{w.text}</span>
        ),
      )}
    </div>
  );
}
