import Link from '@docusaurus/Link';
import {useManual} from '@site/src/components/Chapter/useManual';
import UpdatedSinceLastVisit from '@site/src/components/LastVisit/UpdatedSinceLastVisit';
import {longDate} from '@site/src/lib/dates';
import type {ChapterLink, HomeData, PartData} from '@site/src/lib/manual-data';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

function PartContents({part, chapters, changed}: {part: PartData; chapters: readonly ChapterLink[]; changed: ReadonlySet<string>}): ReactNode {
  const {latestRelease} = useManual();
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

/** The home page: what the manual is, and its contents by part (the plugin adds its route, with its data). */
export default function HomePage({data}: {data: HomeData}): ReactNode {
  const manual = useManual();
  const chapters = new Map(data.parts.map((p) => [p.id, p.chapters]));
  const total = data.parts.reduce((sum, p) => sum + p.chapters.length, 0);
  const changed = new Set(data.latestChanged);
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
              {/* Plain links: these pages' data grows with the manual, and a Docusaurus Link would download it with this page. */}
              Latest update: <a href={manual.latestRelease.url}>{manual.latestRelease.title}</a>, published {longDate(manual.latestRelease.date)}. Chapters it
              changed are marked below. You can also see <a href={manual.pointInTimeUrl}>the manual as it stood on any date</a>.
            </p>
          )}
        </header>
        <UpdatedSinceLastVisit />
        {manual.parts.map((part) => (
          <PartContents key={part.id} part={part} chapters={chapters.get(part.id) ?? []} changed={changed} />
        ))}
      </main>
    </Layout>
  );
}
