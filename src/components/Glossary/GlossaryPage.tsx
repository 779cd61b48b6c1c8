import Link from '@docusaurus/Link';
import type {GlossaryPageData} from '@site/src/lib/pages/glossary-page';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

const letterId = (letter: string) => `letter-${letter.toLowerCase()}`;

/** Every defined term A–Z; chapters link each term's first use in a section here. */
export default function GlossaryPage({data}: {data: GlossaryPageData}): ReactNode {
  const {letters} = data;
  return (
    <Layout title="Glossary" description="The terms these procedures rely on, explained in plain words.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Glossary</Heading>
        <p>
          The terms these procedures rely on, explained in plain words. In a chapter, the first use of a term in each section is underlined with dots: select it
          to read its meaning there.
        </p>
        <nav aria-label="Glossary by letter">
          <ul className={styles.letters}>
            {letters.map(({letter, entries}) => (
              <li key={letter}>
                {entries.length > 0 ? (
                  <a href={`#${letterId(letter)}`}>{letter}</a>
                ) : (
                  <span aria-hidden="true" className={styles.noTerms}>
                    {letter}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </nav>
        {letters
          .filter((l) => l.entries.length > 0)
          .map(({letter, entries}) => (
            <section key={letter} aria-labelledby={letterId(letter)}>
              <Heading as="h2" id={letterId(letter)}>
                {letter}
              </Heading>
              <div className={styles.entries}>
                {entries.map((entry) => (
                  <div key={entry.id} className={styles.entry}>
                    <Heading as="h3" id={entry.id}>
                      {entry.term}
                      {entry.alsoKnownAs.length > 0 && <span className={styles.also}> ({entry.alsoKnownAs.join(', ')})</span>}
                    </Heading>
                    <p>{entry.definition}</p>
                    {entry.related.length > 0 && (
                      <p>
                        See{' '}
                        {entry.related.map((r, i) => (
                          <span key={r.url}>
                            {i > 0 && (i === entry.related.length - 1 ? ' and ' : ', ')}
                            <Link to={r.url}>{`${r.number} ${r.title}`}</Link>
                          </span>
                        ))}
                        .
                      </p>
                    )}
                  </div>
                ))}
              </div>
            </section>
          ))}
      </main>
    </Layout>
  );
}
