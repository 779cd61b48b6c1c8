import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** The numbered contents list a chapter opens with, linking to its sections. */
export default function SectionContents({sections}: {sections: readonly {heading: string; anchor: string}[]}): ReactNode {
  if (sections.length === 0) return null;
  return (
    <nav aria-labelledby="chapter-contents" className={styles.contents}>
      <h2 id="chapter-contents" className={styles.contentsHeading}>
        Contents
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.anchor}>
            <a href={`#${section.anchor}`}>{section.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
