import Link from '@docusaurus/Link';
import {useChapters, useManual} from '@site/src/components/Chapter/useManual';
import UpdatedSinceLastVisit from '@site/src/components/LastVisit/UpdatedSinceLastVisit';
import {longDate} from '@site/src/lib/dates';
import type {PartData} from '@site/src/lib/manual-data';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './index.module.css';

function PartContents({part}: {part: PartData}): ReactNode {
  const chapters = useChapters(part.chapters);
  const {latestRelease} = useManual();
  const changed = new Set(latestRelease?.chapters);
  return (
    <section className={styles.part} aria-labelledby={`part-${part.id}`}>
      <Heading as="h2" id={`part-${part.id}`}>
        <Link to={part.url}>
          Part {part.number}: {part.title}
        </Link>
      </Heading>
      <p>{part.description}</p>
      <ul className={styles.chapters}>
        {chapters.map((c) => (
          <li key={c.id}>
            <Link to={c.permalink}>
              <span className={styles.number}>{c.number}</span> {c.title}
            </Link>
            {changed.has(c.id) && <span className={styles.updated}> Updated in {latestRelease!.title}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The home page: what the manual is, and its contents by part. */
export default function Home(): ReactNode {
  const manual = useManual();
  const total = Object.keys(manual.chapters).length;
  return (
    <Layout title={manual.title} description={manual.description}>
      <main className="container margin-vert--lg">
        <header className={styles.intro}>
          <Heading as="h1">{manual.title}</Heading>
          <p className={styles.board}>Published by {manual.board}</p>
          <p>{manual.description}</p>
          <p>
            The manual has {total} chapters in {manual.parts.length} parts. Each chapter opens with a note of when it last changed and lists the procedures
            related to it.
          </p>
          {manual.latestRelease && (
            <p data-testid="latest-release">
              Latest update: <Link to={manual.latestRelease.url}>{manual.latestRelease.title}</Link>, published {longDate(manual.latestRelease.date)}. Chapters
              it changed are marked below. You can also see <Link to={manual.pointInTimeUrl!}>the manual as it stood on any date</Link>.
            </p>
          )}
        </header>
        <UpdatedSinceLastVisit />
        {manual.parts.map((part) => (
          <PartContents key={part.id} part={part} />
        ))}
      </main>
    </Layout>
  );
}
