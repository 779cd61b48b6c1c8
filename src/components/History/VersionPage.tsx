import Link from '@docusaurus/Link';
import {longDate} from '@site/src/lib/dates';
import type {VersionPageData} from '@site/src/lib/pages/version-page';
import SectionContents from '@site/src/components/Chapter/SectionContents';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** /procedures/<id>/v<n>: a released version at a permanent, citable address. */
export default function VersionPage({data}: {data: VersionPageData}): ReactNode {
  const {chapter, version} = data;
  const period = version.until ? `from ${longDate(version.effective)} to ${longDate(version.until)}` : `from ${longDate(version.effective)}`;
  return (
    <Layout title={`${version.number} ${version.title}, version ${version.version}`} description={`Version ${version.version}, in force ${period}.`}>
      <main className="container margin-vert--lg">
        <div className={styles.versionBanner} role="note" data-testid="version-banner">
          <p>
            <strong>
              Version {version.version}, in force {period}
              {version.until ? '' : ' (the version in force now)'}.
            </strong>{' '}
            {chapter.currentUrl ? <Link to={chapter.currentUrl}>See the current version</Link> : 'This chapter has been withdrawn.'} ·{' '}
            <Link to={chapter.historyUrl}>All versions</Link>
            {version.compareUrl && (
              <>
                {' '}
                · <Link to={version.compareUrl}>What changed in this version</Link>
              </>
            )}
          </p>
        </div>
        <article className="markdown" id="top">
          <Heading as="h1">
            {version.number} {version.title}
          </Heading>
          {version.change && <p className={styles.changeNote}>This version changed the chapter {version.change}</p>}
          <SectionContents sections={data.sections} />
          {/* Rendered at build time from the released Markdown; raw HTML in it is dropped. */}
          <div className="chapter-body" dangerouslySetInnerHTML={{__html: data.html}} />
        </article>
      </main>
    </Layout>
  );
}
