import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {Redirect} from '@docusaurus/router';
import {longDate} from '@site/src/lib/dates';
import type {WithdrawnPageData} from '@site/src/lib/pages/version-page';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';
import VersionTable from './VersionTable';

/** A renamed chapter's old address: straight on to the new one (a meta refresh where scripts do not run). */
function Renamed({to}: {to: NonNullable<WithdrawnPageData['replacedBy']>}): ReactNode {
  return (
    <Layout title={`${to.number} ${to.title}`}>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${to.url}`} />
        <link rel="canonical" href={to.url} />
      </Head>
      <Redirect to={to.url} />
      <main className="container margin-vert--lg">
        <p>
          This chapter has moved to <Link to={to.url}>{`${to.number} ${to.title}`}</Link>.
        </p>
      </main>
    </Layout>
  );
}

/** A withdrawn chapter's old address: says so, links to what replaced it, keeps its history. */
export default function WithdrawnPage({data}: {data: WithdrawnPageData}): ReactNode {
  const {history, replacedBy} = data;
  const title = `${history.number} ${history.title}`;
  if (data.renamed && replacedBy) return <Renamed to={replacedBy} />;
  return (
    <Layout title={`${title} (withdrawn)`} description={`${title} has been withdrawn.`}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <div className={styles.notice} role="note" data-testid="withdrawn-notice">
          <p>
            <strong>This chapter has been withdrawn.</strong> It was withdrawn in the {history.withdrawn!.release} release (
            {longDate(history.withdrawn!.date)}) and no longer applies.
          </p>
          {replacedBy && (
            <p>
              Follow <Link to={replacedBy.url}>{`${replacedBy.number} ${replacedBy.title}`}</Link> instead.
            </p>
          )}
        </div>
        <VersionTable versions={history.versions} caption={`Versions of ${title} while it was in force`} />
      </main>
    </Layout>
  );
}
