import Link from '@docusaurus/Link';
import {longDate} from '@site/src/lib/dates';
import type {ChapterHistoryData} from '@site/src/lib/pages/chapter-history';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';
import VersionTable from './VersionTable';

/** /procedures/<id>/history: a chapter's timeline, as legislation sites show one. */
export default function ChapterHistoryPage({data}: {data: ChapterHistoryData}): ReactNode {
  const title = `${data.number} ${data.title}`;
  return (
    <Layout title={`History of ${title}`} description={`Every version of ${title}, when each was in force and what changed.`}>
      <main className="container margin-vert--lg">
        <Heading as="h1">History of {title}</Heading>
        {data.withdrawn && (
          <p className={styles.notice} role="note">
            This chapter was withdrawn in the {data.withdrawn.release} release ({longDate(data.withdrawn.date)}).
            {data.withdrawn.replacedBy && (
              <>
                {' '}
                It was replaced by <Link to={data.withdrawn.replacedBy.url}>{`${data.withdrawn.replacedBy.number} ${data.withdrawn.replacedBy.title}`}</Link>.
              </>
            )}
          </p>
        )}
        <p>
          {data.currentUrl && (
            <>
              <Link to={data.currentUrl}>Read the current version</Link> ·{' '}
            </>
          )}
          <Link to={data.compareUrl}>Compare any two versions</Link>
        </p>
        <VersionTable versions={data.versions} caption={`Versions of ${title}, newest first`} />
      </main>
    </Layout>
  );
}
